#include "models/api/ApiClient.h"

#include "models/api/ApiRequest.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKakiyoApi, "kakiyo.api", QtWarningMsg)

namespace kakiyo {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

// Retry-After is either delta-seconds or an HTTP date.
qint64 retryAfterHeaderMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? qint64(seconds * 1000.0) : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    const auto ids = m_calls.keys();
    for (quint64 id : ids)
        abort(id);
}

ApiError ApiClient::checkBaseUrl(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return ApiError::make(ApiError::Category::Config,
            QStringLiteral("the base URL is not a valid web address"),
            QStringLiteral("invalid_base_url"));
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(baseUrl.host()))
            return {};
        return ApiError::make(ApiError::Category::Config,
            QStringLiteral("plain http:// is only allowed to this computer "
                           "(loopback); use an https:// base URL"),
            QStringLiteral("insecure_base_url"));
    }
    return ApiError::make(ApiError::Category::Config,
        QStringLiteral("the base URL must start with https://"),
        QStringLiteral("invalid_base_url"));
}

ApiError ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    ApiError error = checkBaseUrl(baseUrl);
    if (error.isError()) {
        qCWarning(lcKakiyoApi) << "refused base URL" << baseUrl.toDisplayString() << error.message;
        return error;
    }
    QUrl url = baseUrl.adjusted(
        QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    m_baseUrl = url;
    return {};
}

void ApiClient::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey.trimmed();
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("KakiyoDesk/") + QByteArray(KAKIYO_VERSION);
}

QString ApiClient::redactSecret(const QString &text, const QString &secret)
{
    QString out = text;
    if (!secret.isEmpty())
        out.replace(secret, QStringLiteral("[redacted]"));
    static const QRegularExpression bearer(
        QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"), QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    static const QRegularExpression header(
        QStringLiteral("(Authorization\\s*[:=]\\s*)(?!Bearer\\s)[^\\s\"',;]+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, QStringLiteral("\\1[redacted]"));
    return out;
}

QString ApiClient::redact(const QString &text) const
{
    return redactSecret(text, m_apiKey);
}

void ApiClient::deliverLater(Done done, const ApiResult &result)
{
    const quint64 id = m_nextId++;
    m_calls.insert(id, Call {nullptr, std::move(done)});
    QMetaObject::invokeMethod(
        this,
        [this, id, result] {
            const auto it = m_calls.find(id);
            if (it == m_calls.end())
                return;
            Done callback = std::move(it->done);
            m_calls.erase(it);
            callback(result);
        },
        Qt::QueuedConnection);
}

quint64 ApiClient::start(const ApiRequest &request, Done done)
{
    if (m_baseUrl.isEmpty()) {
        deliverLater(std::move(done),
            ApiResult::failure(ApiError::make(ApiError::Category::Config,
                QStringLiteral("no base URL is set"), QStringLiteral("no_base_url"))));
        return m_nextId - 1;
    }
    if (m_apiKey.isEmpty()) {
        deliverLater(std::move(done),
            ApiResult::failure(ApiError::make(ApiError::Category::Auth,
                QStringLiteral("no API key is set"), QStringLiteral("missing_api_key"))));
        return m_nextId - 1;
    }

    QUrl url = m_baseUrl;
    QString path = request.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(m_baseUrl.path() + path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest http(url);
    http.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    http.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    http.setTransferTimeout(m_deadlineMs > 0 ? std::min(m_timeoutMs, m_deadlineMs) : m_timeoutMs);
    QByteArray payload;
    if (!request.body.isNull()) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = request.body.toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = request.body.isNull() && request.method == "GET"
        ? m_network->get(http)
        : m_network->sendCustomRequest(http, request.method, payload);
    const quint64 id = m_nextId++;
    Call call {reply, std::move(done)};
    if (m_deadlineMs > 0) {
        // Parented to the reply: it dies with it, and cannot fire for another call.
        call.deadline = new QTimer(reply);
        call.deadline->setSingleShot(true);
        connect(call.deadline, &QTimer::timeout, this, [this, id] {
            const auto it = m_calls.find(id);
            if (it == m_calls.end() || !it->reply)
                return;
            it->timedOut = true;
            it->reply->abort();
        });
        call.deadline->start(m_deadlineMs);
    }
    m_calls.insert(id, call);
    qCDebug(lcKakiyoApi).noquote() << "->" << request.method << url.toDisplayString();

    connect(reply, &QNetworkReply::finished, this, [this, id] { finished(id); });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply ends with SslHandshakeFailedError.
        for (const QSslError &e : errors)
            qCWarning(lcKakiyoApi).noquote() << "TLS error:" << redact(e.errorString());
    });
    connect(
        reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64 total) {
            const auto it = m_calls.find(id);
            if (it == m_calls.end() || !it->reply)
                return;
            if (received > m_maxBodyBytes || total > m_maxBodyBytes) {
                it->tooLarge = true;
                it->reply->abort();
            }
        });
    return id;
}

void ApiClient::abort(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    QPointer<QNetworkReply> reply = it->reply;
    m_calls.erase(it);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::finished(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(it.value());
    m_calls.erase(it);
    QNetworkReply *reply = call.reply;
    if (!reply)
        return;
    reply->deleteLater();

    ApiResult result;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const QByteArray &name : ApiResult::headersOfInterest()) {
        if (reply->hasRawHeader(name))
            result.headers.insert(name, reply->rawHeader(name));
    }
    const QNetworkReply::NetworkError netError = reply->error();

    if (call.timedOut) {
        result.error = ApiError::fromNetwork(QNetworkReply::OperationCanceledError,
            QStringLiteral("no complete answer within %1 s").arg((m_deadlineMs + 999) / 1000),
            true);
        result.error.httpStatus = result.httpStatus;
    } else if (call.tooLarge) {
        result.error = ApiError::make(ApiError::Category::Decode,
            QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes),
            QStringLiteral("response_too_large"));
        result.error.httpStatus = result.httpStatus;
    } else {
        result.body = reply->readAll();
        const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
        if (result.httpStatus == 0 || (success && netError != QNetworkReply::NoError)) {
            // No (complete) HTTP answer. Our own aborts never get here, so a cancel is the
            // transfer timeout firing.
            const bool timedOut = netError == QNetworkReply::OperationCanceledError;
            result.error = ApiError::fromNetwork(netError, redact(reply->errorString()), timedOut);
            if (result.error.category == ApiError::Category::None)
                result.error.category = ApiError::Category::Network;
            result.error.httpStatus = result.httpStatus;
        } else if (success) {
            if (!result.body.trimmed().isEmpty()) {
                QJsonParseError parseError;
                result.json = QJsonDocument::fromJson(result.body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    result.json = {};
                    result.error = ApiError::make(ApiError::Category::Decode,
                        QStringLiteral("the answer is not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset),
                        QStringLiteral("invalid_json"));
                    result.error.httpStatus = result.httpStatus;
                }
            }
            result.ok = !result.error.isError();
        } else {
            result.error = ApiError::fromHttp(result.httpStatus, result.body);
            const qint64 headerWait = retryAfterHeaderMs(result.headers.value("retry-after"));
            result.error.retryAfterMs = std::max(result.error.retryAfterMs, headerWait);
            result.json = QJsonDocument::fromJson(result.body);
        }
    }

    qCDebug(lcKakiyoApi).noquote()
        << "<-" << result.httpStatus << ApiError::categoryName(result.error.category)
        << redact(result.error.message);
    if (call.done)
        call.done(result);
}

} // namespace kakiyo
