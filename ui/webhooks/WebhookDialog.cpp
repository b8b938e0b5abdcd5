#include "ui/webhooks/WebhookDialog.h"

#include "models/api/ApiClient.h"
#include "models/api/WebhooksApi.h"
#include "ui/shell/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

const QString Wildcard = QStringLiteral("*");

// "events[2]" → "events": server and encoder errors name list items; the form has one list.
QString formField(const QString &field)
{
    const QString head = field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
    static const QStringList known {QStringLiteral("name"), QStringLiteral("url"),
        QStringLiteral("events"), QStringLiteral("secret")};
    return known.contains(head) ? head : QString();
}

} // namespace

WebhookDialog::WebhookDialog(Connection *session, const Webhook *editing, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
{
    if (editing)
        m_original = *editing;
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(isEditing() ? tr("Edit webhook") : tr("New webhook"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // The input with its hint and its error right under it. Hints are short lines (no word
    // wrap), so the dialog's height is what it shows; an error wraps and appears only when due.
    auto addField = [this, form](const QString &text, QWidget *input, const QString &field,
                        const QString &hint) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(input);
        if (!hint.isEmpty()) {
            auto *h = new QLabel(hint, box);
            h->setObjectName(QStringLiteral("webhook_%1_hint").arg(field));
            h->setForegroundRole(QPalette::PlaceholderText);
            v->addWidget(h);
        }
        QLabel *error = addErrorLabel(QStringLiteral("webhook_%1_error").arg(field));
        v->addWidget(error);
        m_errorLabels.insert(field, error);
        auto *label = new QLabel(text, this);
        label->setBuddy(input);
        form->addRow(label, box);
    };

    m_name = new QLineEdit(m_original.name, this);
    m_name->setObjectName(QStringLiteral("webhookName"));
    m_name->setAccessibleName(tr("Webhook name"));
    m_name->setPlaceholderText(tr("e.g. CRM integration"));
    m_name->setMaxLength(200);
    addField(tr("&Name"), m_name, QStringLiteral("name"), {});

    m_url = new QLineEdit(m_original.url, this);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setAccessibleName(tr("Delivery URL"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/kakiyo/webhook"));
    addField(tr("&URL"), m_url, QStringLiteral("url"),
        tr("Deliveries carry your prospects' messages, so the address must use https://.\n"
           "Plain http:// is accepted only for this computer (localhost), for testing."));

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("webhookEvents"));
    m_events->setAccessibleName(tr("Events to deliver"));
    m_events->setMinimumHeight(m_events->fontMetrics().lineSpacing() * 4);
    addField(tr("&Events"), m_events, QStringLiteral("events"),
        tr("Space ticks the selected event. \"All events\" also covers events added later."));

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaxLength(500);
    m_secret->setPlaceholderText(
        isEditing() ? tr("Leave empty to keep the current secret") : tr("Optional"));
    addField(tr("&Secret"), m_secret, QStringLiteral("secret"),
        isEditing()
            ? tr("Kakiyo never shows a secret back. Leave this empty to keep the current\n"
                 "one; type a new one to replace it.")
            : tr("With a secret, each delivery carries an X-Kakiyo-Signature header\n"
                 "(HMAC-SHA256 of the body), so your endpoint can tell it came from Kakiyo.\n"
                 "It is write-only: never shown again."));
    layout->addLayout(form);

    m_errorLabels.insert(QString(), addErrorLabel(QStringLiteral("webhook_form_error")));
    layout->addWidget(m_errorLabels.value(QString()));
    layout->addStretch(1); // spare height goes here, not between the fields

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveWebhookButton"));
    m_save->setText(isEditing() ? tr("Save") : tr("Create"));
    m_save->setAccessibleName(m_save->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &WebhookDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("name"));
        revalidate();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("url"));
        revalidate();
    });
    connect(m_events, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).toString() == Wildcard) {
            // "All events" makes the single ticks meaningless; grey them out.
            const bool all = item->checkState() == Qt::Checked;
            for (int i = 0; i < m_events->count(); ++i) {
                QListWidgetItem *other = m_events->item(i);
                if (other != item)
                    other->setFlags(all ? other->flags() & ~Qt::ItemIsEnabled
                                        : other->flags() | Qt::ItemIsEnabled);
            }
        }
        m_touched.insert(QStringLiteral("events"));
        revalidate();
    });
    loadEvents();
    revalidate();
}

QLabel *WebhookDialog::addErrorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::danger());
    label->setPalette(p);
    return label;
}

void WebhookDialog::loadEvents()
{
    auto addItem = [this](const QString &id, const QString &name, bool checked) {
        auto *item = new QListWidgetItem(name, m_events);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    auto *loading = new QListWidgetItem(tr("Loading events…"), m_events);
    loading->setFlags(Qt::NoItemFlags);
    WebhooksApi(m_connection)
        .events(this, [this, addItem](const Result<QList<WebhookEvent>> &result) {
            const QSignalBlocker block(m_events);
            m_events->clear();
            addItem(Wildcard, tr("All events (*)"), m_original.events.contains(Wildcard));
            QStringList listed {Wildcard};
            for (const WebhookEvent &e : result.value) {
                addItem(e.id,
                    e.name.isEmpty() || e.name == e.id ? e.id : tr("%1 — %2").arg(e.name, e.id),
                    m_original.events.contains(e.id));
                listed << e.id;
            }
            // Keep what the webhook already has even when the catalogue no longer lists it.
            for (const QString &e : std::as_const(m_original.events)) {
                if (!listed.contains(e))
                    addItem(e, tr("%1 (not in the current catalogue)").arg(e), true);
            }
            if (!result.ok())
                m_errorLabels.value(QStringLiteral("events"))
                    ->setText(tr("The event list could not be loaded: %1")
                                  .arg(result.error.userMessage()));
            m_eventsLoaded = result.ok();
            if (QListWidgetItem *all = m_events->item(0); all->checkState() == Qt::Checked) {
                for (int i = 1; i < m_events->count(); ++i)
                    m_events->item(i)->setFlags(m_events->item(i)->flags() & ~Qt::ItemIsEnabled);
            }
            m_events->setCurrentRow(0);
            // As tall as its events (the catalogue is short): no scrolling, no empty tail.
            m_events->doItemsLayout();
            const QRect first = m_events->visualItemRect(m_events->item(0));
            const QRect last = m_events->visualItemRect(m_events->item(m_events->count() - 1));
            m_events->setFixedHeight(
                last.bottom() - first.top() + 1 + 2 * m_events->frameWidth() + 2);
            adjustSize();
            revalidate();
            emit eventsReady();
        });
}

QStringList WebhookDialog::checkedEvents() const
{
    QStringList out;
    for (int i = 0; i < m_events->count(); ++i) {
        const QListWidgetItem *item = m_events->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        if (id.isEmpty() || item->checkState() != Qt::Checked)
            continue;
        if (id == Wildcard)
            return {Wildcard};
        out << id;
    }
    return out;
}

void WebhookDialog::setEventChecked(const QString &event, bool checked)
{
    for (int i = 0; i < m_events->count(); ++i) {
        if (m_events->item(i)->data(Qt::UserRole).toString() == event)
            m_events->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

WebhookCreate WebhookDialog::createBody() const
{
    WebhookCreate c;
    c.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.secret = m_secret->text();
    c.events = checkedEvents();
    return c;
}

WebhookUpdate WebhookDialog::updateBody() const
{
    WebhookUpdate u;
    u.name = m_name->text().trimmed();
    u.url = m_url->text().trimmed();
    u.events = checkedEvents();
    if (!m_secret->text().isEmpty()) // empty keeps the current secret
        u.secret = m_secret->text();
    return u;
}

QString WebhookDialog::urlProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return tr("Enter the address Kakiyo should post events to.");
    const ApiError e = ApiClient::checkBaseUrl(QUrl(url.trimmed(), QUrl::StrictMode));
    if (!e.isError())
        return {};
    if (e.code == QLatin1String("insecure_base_url"))
        return tr("Use https://. Deliveries carry your prospects' messages; plain http:// would "
                  "send them unencrypted, so it is allowed only to this computer (localhost).");
    return tr("This is not a web address starting with https://.");
}

QHash<QString, QString> WebhookDialog::problems() const
{
    QHash<QString, QString> out;
    const Encoded e = isEditing() ? updateBody().encode() : createBody().encode();
    for (const FieldError &f : e.errors) {
        const QString field = formField(f.field);
        if (!out.contains(field))
            out.insert(field, f.message);
    }
    if (m_name->text().trimmed().isEmpty())
        out.insert(QStringLiteral("name"), tr("Give the webhook a name."));
    if (const QString u = urlProblem(m_url->text()); !u.isEmpty())
        out.insert(QStringLiteral("url"), u);
    else
        out.remove(QStringLiteral("url"));
    if (checkedEvents().isEmpty())
        out.insert(QStringLiteral("events"), tr("Tick at least one event."));
    if (!m_eventsLoaded && !out.contains(QStringLiteral("events")))
        out.insert(QString(), tr("Waiting for the event list…"));
    return out;
}

void WebhookDialog::revalidate()
{
    const QHash<QString, QString> p = problems();
    QHash<QString, QString> shown;
    for (auto it = p.cbegin(); it != p.cend(); ++it) {
        // A new, empty form does not start with a wall of red.
        if (it.key().isEmpty() || isEditing() || m_touched.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    showProblems(shown);
    m_save->setEnabled(p.isEmpty() && !m_saving);
}

void WebhookDialog::showProblems(const QHash<QString, QString> &problems)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString text = problems.value(it.key());
        // The events label also reports a failed catalogue load; keep that until fixed.
        if (it.key() == QLatin1String("events") && text.isEmpty() && !m_eventsLoaded
            && !it.value()->text().isEmpty())
            continue;
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

void WebhookDialog::save()
{
    m_touched += {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("events")};
    revalidate();
    if (!problems().isEmpty() || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_errorLabels.value(QString())->setText(tr("Saving…"));
    m_errorLabels.value(QString())->setVisible(true);
    auto failed = [this](const ApiError &error) {
        m_saving = false;
        QHash<QString, QString> byField;
        for (const auto &d : error.details) {
            const QString field = formField(d.field);
            byField[field] += (byField[field].isEmpty() ? QString() : QStringLiteral("\n"))
                + (field.isEmpty() && !d.field.isEmpty()
                        ? QStringLiteral("%1: %2").arg(d.field, d.message)
                        : d.message);
        }
        if (byField.isEmpty())
            byField.insert(QString(), error.userMessage());
        else if (!byField.contains(QString()))
            byField.insert(
                QString(), tr("Kakiyo did not accept the webhook; see the notes above."));
        showProblems(byField);
        m_save->setEnabled(true);
    };
    if (isEditing()) {
        const QString id = m_original.id;
        WebhooksApi(m_connection)
            .update(id, updateBody(), this, [this, id, failed](const Result<Ack> &result) {
                if (!result.ok())
                    return failed(result.error);
                m_savedId = id;
                accept();
            });
    } else {
        WebhooksApi(m_connection)
            .create(createBody(), this, [this, failed](const Result<Webhook> &result) {
                if (!result.ok())
                    return failed(result.error);
                m_savedId = result.value.id;
                accept();
            });
    }
}

} // namespace kakiyo
