#include "ui/webhooks/WebhookExamplesDialog.h"

#include "models/api/Connection.h"
#include "models/api/WebhooksApi.h"
#include "ui/shell/Theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SubscribableRole = Qt::UserRole + 2;
constexpr int DescriptionRole = Qt::UserRole + 3;

QString errorStyle(bool error)
{
    return error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString();
}

// The example as the API describes it: {event, timestamp, data, team{id,name}}.
QJsonObject exampleJson(const WebhookExample &e)
{
    QJsonObject o {{QStringLiteral("event"), e.event}};
    if (e.timestamp.isValid())
        o.insert(QStringLiteral("timestamp"), e.timestamp.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("data"), e.data);
    if (!e.teamId.isEmpty() || !e.teamName.isEmpty())
        o.insert(QStringLiteral("team"),
            QJsonObject {{QStringLiteral("id"), e.teamId}, {QStringLiteral("name"), e.teamName}});
    return o;
}

} // namespace

WebhookExamplesDialog::WebhookExamplesDialog(Connection *session, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
{
    setObjectName(QStringLiteral("webhookExamplesDialog"));
    setWindowTitle(tr("Webhook test events and example payloads"));
    resize(920, 560);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("webhookEventTree"));
    m_tree->setAccessibleName(tr("Webhook events"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Event"), tr("Category")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false); // the names get the room, not the category
    m_tree->setRootIsDecorated(true);
    m_testGroup = new QTreeWidgetItem(m_tree, {tr("Test catalogue (legacy names)")});
    m_subscribableGroup = new QTreeWidgetItem(m_tree, {tr("Subscribable events")});
    for (QTreeWidgetItem *group : {m_testGroup, m_subscribableGroup}) {
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
    }

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 0, 0, 0);
    m_title = new QLabel(side);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    sideLayout->addWidget(m_title);
    m_description = new QLabel(side);
    m_description->setObjectName(QStringLiteral("webhookExampleDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setProperty("class", QStringLiteral("muted"));
    sideLayout->addWidget(m_description);
    m_state = new QLabel(side);
    m_state->setObjectName(QStringLiteral("webhookExampleState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    sideLayout->addWidget(m_state);
    m_payload = new QPlainTextEdit(side);
    m_payload->setObjectName(QStringLiteral("webhookExamplePayload"));
    m_payload->setAccessibleName(tr("Example payload (JSON)"));
    m_payload->setReadOnly(true);
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sideLayout->addWidget(m_payload, 1);
    auto *row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy JSON"), side);
    m_copy->setObjectName(QStringLiteral("webhookExampleCopy"));
    m_copy->setAccessibleName(tr("Copy the example payload"));
    m_copy->setAutoDefault(false); // no button here is the dialog's default action
    row->addWidget(m_copy);
    m_send = new QPushButton(tr("&Send as a test event"), side);
    m_send->setObjectName(QStringLiteral("webhookExampleSend"));
    m_send->setAccessibleName(tr("Send this example as a test event"));
    m_send->setToolTip(tr("Sends the event with this example's data to every active webhook "
                          "subscribed to it (one call)."));
    m_send->setAutoDefault(false);
    row->addWidget(m_send);
    row->addStretch(1);
    sideLayout->addLayout(row);
    m_sendResult = new QLabel(side);
    m_sendResult->setObjectName(QStringLiteral("webhookExampleSendResult"));
    m_sendResult->setWordWrap(true);
    m_sendResult->setTextFormat(Qt::PlainText);
    m_sendResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_sendResult);

    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 500});
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, IdRole).toString().isEmpty())
            showExample(item->data(0, IdRole).toString());
    });
    connect(m_copy, &QPushButton::clicked, this, &WebhookExamplesDialog::copyPayload);
    connect(m_send, &QPushButton::clicked, this, &WebhookExamplesDialog::sendShown);

    m_title->setText(tr("Example payload"));
    setExampleState(tr("Choose an event to see the payload Kakiyo sends for it."), false);
    syncSend();
    loadCatalogue();
    m_tree->setFocus();
}

void WebhookExamplesDialog::loadCatalogue()
{
    m_pendingLists = 2;
    WebhooksApi api(m_connection);
    auto done = [this](QTreeWidgetItem *group, bool subscribable) {
        return [this, group, subscribable](const Result<QList<WebhookEvent>> &r) {
            --m_pendingLists;
            if (!r.ok()) {
                auto *item = new QTreeWidgetItem(
                    group, {tr("Could not be loaded: %1").arg(r.error.userMessage())});
                item->setFlags(Qt::ItemIsEnabled);
                item->setFirstColumnSpanned(true);
                item->setForeground(0, Theme::danger());
                return;
            }
            addEvents(group, r.value, subscribable);
        };
    };
    api.testEvents(this, done(m_testGroup, false));
    api.events(this, done(m_subscribableGroup, true));
}

void WebhookExamplesDialog::addEvents(
    QTreeWidgetItem *group, const QList<WebhookEvent> &events, bool subscribable)
{
    for (const WebhookEvent &e : events) {
        if (e.id.isEmpty() || e.id == QLatin1String("*"))
            continue;
        auto *item = new QTreeWidgetItem(group, {e.name.isEmpty() ? e.id : e.name, e.category});
        item->setData(0, IdRole, e.id);
        item->setData(0, SubscribableRole, subscribable);
        item->setData(0, DescriptionRole, e.description);
        item->setToolTip(0, e.id);
    }
    if (events.isEmpty()) {
        auto *item = new QTreeWidgetItem(group, {tr("(none)")});
        item->setFlags(Qt::ItemIsEnabled);
    }
}

QStringList WebhookExamplesDialog::testEventIds() const
{
    QStringList ids;
    for (int i = 0; i < m_testGroup->childCount(); ++i)
        if (const QString id = m_testGroup->child(i)->data(0, IdRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

QStringList WebhookExamplesDialog::subscribableEventIds() const
{
    QStringList ids;
    for (int i = 0; i < m_subscribableGroup->childCount(); ++i)
        if (const QString id = m_subscribableGroup->child(i)->data(0, IdRole).toString();
            !id.isEmpty())
            ids << id;
    return ids;
}

bool WebhookExamplesDialog::selectEvent(const QString &id)
{
    for (QTreeWidgetItem *group : {m_testGroup, m_subscribableGroup}) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, IdRole).toString() == id) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void WebhookExamplesDialog::showExample(const QString &id)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_shown = id;
    m_shownData = {};
    m_shownSubscribable = item && item->data(0, SubscribableRole).toBool();
    m_title->setText(item ? item->text(0) : id);
    const QString description = item ? item->data(0, DescriptionRole).toString() : QString();
    m_description->setText(
        description.isEmpty() ? id : QStringLiteral("%1 — %2").arg(id, description));
    m_payload->clear();
    setSendResult(QString(), false);
    setExampleState(tr("Loading the example…"), false);
    m_loadingExample = true;
    syncSend();
    delete m_exampleOwner; // the answer for an event no longer shown is dropped
    m_exampleOwner = new QObject(this);
    WebhooksApi(m_connection)
        .testExample(id, m_exampleOwner, [this, id](const Result<WebhookExample> &r) {
            m_loadingExample = false;
            if (!r.ok()) {
                setExampleState(tr("No example for %1: %2").arg(id, r.error.userMessage()), true);
                syncSend();
                emit exampleShown(false);
                return;
            }
            m_shownData = r.value.data;
            m_payload->setPlainText(QString::fromUtf8(
                QJsonDocument(exampleJson(r.value)).toJson(QJsonDocument::Indented)));
            setExampleState(m_shownSubscribable
                    ? tr("This is what a webhook receives for this event.")
                    : tr("A legacy event name: shown for reference; Kakiyo's test sender only "
                         "takes the subscribable events."),
                false);
            syncSend();
            emit exampleShown(true);
        });
}

void WebhookExamplesDialog::syncSend()
{
    const bool haveExample
        = !m_shown.isEmpty() && !m_loadingExample && !m_payload->document()->isEmpty();
    m_copy->setEnabled(haveExample);
    m_send->setEnabled(haveExample && m_shownSubscribable && !m_sending);
}

void WebhookExamplesDialog::sendShown()
{
    if (m_sending || !m_shownSubscribable || m_shown.isEmpty() || m_loadingExample)
        return;
    WebhookTest test;
    test.event = m_shown;
    test.data = m_shownData;
    m_sending = true;
    syncSend();
    setSendResult(tr("Sending…"), false);
    const QString event = m_shown;
    WebhooksApi(m_connection).test(test, this, [this, event](const Result<WebhookTestResult> &r) {
        m_sending = false;
        syncSend();
        if (!r.ok()) {
            const QString why = r.error.httpStatus == 404
                ? tr("no active webhook is subscribed to %1. Subscribe one on the Webhooks page "
                     "first.")
                      .arg(event)
                : r.error.userMessage();
            setSendResult(tr("Not sent: %1").arg(why), true);
            emit sent(false);
            return;
        }
        setSendResult(
            tr("Sent %1 to %n webhook(s).", nullptr, int(r.value.webhooksCount)).arg(event), false);
        emit sent(true);
    });
}

void WebhookExamplesDialog::copyPayload()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_payload->toPlainText());
    setSendResult(tr("The JSON is on the clipboard."), false);
}

QString WebhookExamplesDialog::payloadText() const
{
    return m_payload->toPlainText();
}

QString WebhookExamplesDialog::exampleState() const
{
    return m_state->text();
}

QString WebhookExamplesDialog::sendResult() const
{
    return m_sendResult->text();
}

void WebhookExamplesDialog::setExampleState(const QString &text, bool error)
{
    m_state->setText(text);
    m_state->setStyleSheet(errorStyle(error));
}

void WebhookExamplesDialog::setSendResult(const QString &text, bool error)
{
    m_sendResult->setText(text);
    m_sendResult->setStyleSheet(errorStyle(error));
    m_sendResult->setVisible(!text.isEmpty());
}

} // namespace kakiyo
