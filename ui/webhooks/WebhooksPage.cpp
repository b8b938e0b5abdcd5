#include "ui/webhooks/WebhooksPage.h"

#include "models/WebhookListModel.h"
#include "models/api/Connection.h"
#include "models/api/WebhooksApi.h"
#include "ui/shell/AgeText.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookExamplesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

using Health = WebhookListModel::Health;

QColor healthColor(Health h)
{
    switch (h) {
    case Health::Failing:
        return Theme::danger();
    case Health::Healthy:
        return Theme::success();
    case Health::NeverDelivered:
        return Theme::muted();
    }
    return {};
}

// Colours the health columns so a failing endpoint stands out in a long list; an inactive
// webhook's on/off cell is muted.
class HealthDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto health = Health(index.data(WebhookListModel::HealthRole).toInt());
        QColor c;
        switch (index.column()) {
        case WebhookListModel::DeliveriesColumn:
            c = healthColor(health);
            break;
        case WebhookListModel::LastDeliveryColumn:
            c = healthColor(health);
            break;
        case WebhookListModel::ActiveColumn:
            c = index.data(WebhookListModel::ActiveRole).toBool() ? Theme::success()
                                                                  : Theme::muted();
            break;
        default:
            break;
        }
        if (c.isValid()) // a selected row keeps the highlight's own text colour for contrast
            option->palette.setColor(QPalette::Text, c);
    }
};

QString timeWithAge(const QDateTime &t)
{
    if (!t.isValid())
        return WebhooksPage::tr("never");
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat),
        AgeText::describe(t, QDateTime::currentDateTimeUtc()).remove(QStringLiteral("updated ")));
}

} // namespace

WebhooksPage::WebhooksPage(Connection *session, QWidget *parent)
    : Page(tr("Webhooks"), parent)
    , m_connection(session)
    , m_model(new WebhookListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("webhooksPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WebhookListModel::RawRole);
    trackModel(m_model);

    // Commands: buttons here and entries (with shortcuts) in the command palette.
    auto *newAction = m_newAction = new QAction(tr("New webhook…"), this);
    newAction->setObjectName(QStringLiteral("newWebhook"));
    newAction->setToolTip(tr("Register an address that receives Kakiyo events"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        showThisPage();
        createWebhook();
    });
    addAction(newAction);
    auto *testAction = m_testAction = new QAction(tr("Send test event"), this);
    testAction->setObjectName(QStringLiteral("sendWebhookTest"));
    testAction->setToolTip(tr("Send a test event to the webhooks subscribed to it"));
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    testAction->setShortcutContext(Qt::WindowShortcut);
    connect(testAction, &QAction::triggered, this, [this] {
        showThisPage();
        focusTest();
    });
    addAction(testAction);
    auto *examplesAction = new QAction(tr("Webhook example payloads…"), this);
    examplesAction->setObjectName(QStringLiteral("webhookExamples"));
    connect(examplesAction, &QAction::triggered, this, [this] {
        showThisPage();
        openExamples();
    });
    addAction(examplesAction); // in the command palette
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newWebhookButton"));
    newButton->setDefaultAction(newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setAccessibleName(tr("New webhook"));
    headerActions()->addWidget(newButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    setUpListTable(m_table, m_proxy, QStringLiteral("webhookTable"), tr("Webhooks"),
        WebhookListModel::NameColumn);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Two lines per row: name over URL, health over counts, last success over last failure.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 12);
    stretchListColumn(m_table, WebhookListModel::NameColumn);
    auto *header = m_table->horizontalHeader();
    // Event ids are long; the tooltip and the details panel have them in full.
    header->setSectionResizeMode(WebhookListModel::EventsColumn, QHeaderView::Interactive);
    header->resizeSection(WebhookListModel::EventsColumn, 150);
    m_table->setItemDelegate(new HealthDelegate(m_table));

    auto *panel = new QWidget(splitter);
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 0, 0);
    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("webhookDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit…"), panel);
    m_edit->setObjectName(QStringLiteral("editWebhookButton"));
    m_toggle = new QPushButton(tr("Disable"), panel);
    m_toggle->setObjectName(QStringLiteral("toggleWebhookButton"));
    m_delete = new QPushButton(tr("Delete…"), panel);
    m_delete->setObjectName(QStringLiteral("deleteWebhookButton"));
    for (QPushButton *b : {m_edit, m_toggle, m_delete}) {
        b->setEnabled(false);
        b->setAccessibleName(b->text());
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    side->addLayout(buttons);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("webhookMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_message);

    auto *testBox = new QGroupBox(tr("Send a test event"), panel);
    testBox->setObjectName(QStringLiteral("webhookTestBox"));
    auto *testLayout = new QVBoxLayout(testBox);
    auto *testHint
        = new QLabel(tr("Kakiyo sends the test to every active webhook subscribed to the "
                        "event, not only the selected one."),
            testBox);
    testHint->setWordWrap(true);
    testHint->setForegroundRole(QPalette::PlaceholderText);
    testLayout->addWidget(testHint);
    auto *testRow = new QHBoxLayout;
    auto *eventLabel = new QLabel(tr("E&vent"), testBox);
    m_testEvent = new QComboBox(testBox);
    m_testEvent->setObjectName(QStringLiteral("testEventPicker"));
    m_testEvent->setAccessibleName(tr("Test event"));
    m_testEvent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    eventLabel->setBuddy(m_testEvent);
    m_sendTest = new QPushButton(tr("Send"), testBox);
    m_sendTest->setObjectName(QStringLiteral("sendTestButton"));
    m_sendTest->setAccessibleName(tr("Send test event"));
    m_sendTest->setEnabled(false);
    testRow->addWidget(eventLabel);
    testRow->addWidget(m_testEvent, 1);
    testRow->addWidget(m_sendTest);
    testLayout->addLayout(testRow);
    m_testResult = new QLabel(testBox);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setText(tr("No test sent yet."));
    testLayout->addWidget(m_testResult);
    auto *examples = new QPushButton(tr("E&xample payloads…"), testBox);
    examples->setObjectName(QStringLiteral("webhookExamplesButton"));
    examples->setAccessibleName(tr("Show the test events and their example payloads"));
    connect(examples, &QPushButton::clicked, this, [this] { openExamples(); });
    testLayout->addWidget(examples, 0, Qt::AlignLeft);
    side->addWidget(testBox);
    side->addStretch(1);

    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360});
    body()->addWidget(splitter, 1);

    connect(m_edit, &QPushButton::clicked, this, &WebhooksPage::editWebhook);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            setActive(!m_model->webhook(row).active);
    });
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::deleteWebhook);
    connect(m_sendTest, &QPushButton::clicked, this, &WebhooksPage::sendTest);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showDetails(current.data(WebhookListModel::IdRole).toString());
        });
    connect(m_model, &WebhookListModel::loaded, this, [this] {
        if (m_model->rowOf(m_selectedId) >= 0)
            selectWebhook(m_selectedId);
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        else
            showDetails(QString());
    });
    connect(m_model, &WebhookListModel::loadFailed, this,
        [this](const QString &message) { setMessage(message, true); });
    applyIcons();
    showDetails(QString());
}

WebhooksPage::~WebhooksPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void WebhooksPage::applyIcons()
{
    m_newAction->setIcon(Theme::icon(QStringLiteral("add")));
    m_testAction->setIcon(Theme::icon(QStringLiteral("play")));
    m_edit->setIcon(Theme::icon(QStringLiteral("edit")));
    m_delete->setIcon(Theme::icon(QStringLiteral("delete")));
    m_sendTest->setIcon(Theme::icon(QStringLiteral("play")));
    m_toggle->setIcon(Theme::icon(
        m_toggle->text() == tr("Enable") ? QStringLiteral("play") : QStringLiteral("pause")));
}

void WebhooksPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (!m_sendTest
        || (event->type() != QEvent::PaletteChange && event->type() != QEvent::StyleChange))
        return; // not built yet, or nothing that changes colours
    applyIcons();
    if (m_model->rowOf(m_selectedId) >= 0)
        renderDetails(m_model->webhook(m_model->rowOf(m_selectedId)));
    if (m_renderTest)
        m_renderTest();
}

void WebhooksPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->load(false);
    loadTestEvents();
}

void WebhooksPage::refresh()
{
    m_activated = true;
    m_model->load(true);
    if (!m_testEventsLoaded)
        loadTestEvents();
}

void WebhooksPage::showThisPage()
{
    emit showRequested();
    activate();
}

void WebhooksPage::setMessage(const QString &text, bool problem)
{
    QPalette p = m_message->palette();
    p.setColor(
        QPalette::WindowText, problem ? Theme::danger() : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

void WebhooksPage::selectWebhook(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    selectSourceRow(m_table, m_proxy, row);
    showDetails(id); // the current row may not have changed, the data may have
}

void WebhooksPage::showDetails(const QString &id)
{
    if (id != m_selectedId)
        m_message->clear(); // a note about another webhook no longer applies
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        for (QPushButton *b : {m_edit, m_toggle, m_delete})
            b->setEnabled(false);
        m_details->setText(m_model->hasLoaded() && m_model->rowCount() == 0
                ? tr("<h3 style='margin:0'>No webhooks yet</h3><p>A webhook lets Kakiyo tell your "
                     "CRM or automation tool the moment something happens: a reply, an accepted "
                     "invitation, a prospect to review. Create one with <b>New webhook…</b>.</p>")
                : tr("Select a webhook to see its delivery health."));
        return;
    }
    const Webhook w = m_model->webhook(row);
    renderDetails(w);
    preselectTestEvent(w);
}

void WebhooksPage::renderDetails(const Webhook &w)
{
    const auto health = WebhookListModel::health(w);
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2</p>")
                       .arg(w.name.toHtmlEscaped(), w.url.toHtmlEscaped());
    html += QStringLiteral("<p><span style='color:%1'>● %2</span> · %3</p>")
                .arg(healthColor(health).name(), WebhookListModel::healthLabel(health),
                    w.active ? tr("active") : tr("<b>disabled</b> — receives nothing"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&html](const QString &k, const QString &v, const QColor &c = {}) {
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td>"
                               "<td%2>%3</td></tr>")
                    .arg(k.toHtmlEscaped(),
                        c.isValid() ? QStringLiteral(" style='color:%1'").arg(c.name()) : QString(),
                        v.toHtmlEscaped());
    };
    const QLocale locale;
    row(tr("Delivered"), locale.toString(w.successCount));
    row(tr("Failed"), locale.toString(w.failureCount),
        w.failureCount > 0 ? Theme::danger() : QColor());
    row(tr("Last success"), timeWithAge(w.lastSuccess));
    row(tr("Last failure"), timeWithAge(w.lastFailure),
        health == Health::Failing ? Theme::danger() : QColor());
    row(tr("Events"),
        w.events.contains(QStringLiteral("*")) ? tr("all events (*)") : w.events.join(u", "));
    row(tr("Secret"), tr("write-only, never shown"));
    if (w.createdAt.isValid())
        row(tr("Created"), locale.toString(w.createdAt.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    if (!w.active && health == Health::Failing)
        html += tr("<p>Kakiyo turns a webhook off after four failed deliveries in a row. Fix the "
                   "endpoint, then enable it again: that resets the count.</p>");
    m_details->setText(html);
    for (QPushButton *b : {m_edit, m_toggle, m_delete})
        b->setEnabled(true);
    m_toggle->setText(w.active ? tr("Disable") : tr("Enable"));
    m_toggle->setIcon(Theme::icon(w.active ? QStringLiteral("pause") : QStringLiteral("play")));
    m_toggle->setAccessibleName(m_toggle->text());
}

void WebhooksPage::createWebhook()
{
    auto *dialog = new WebhookDialog(m_connection, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedId();
        setMessage(tr("Webhook created."));
        m_selectedId = id;
        m_model->load(true);
        emit webhookChanged(id);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void WebhooksPage::editWebhook()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0)
        return;
    const Webhook w = m_model->webhook(row);
    auto *dialog = new WebhookDialog(m_connection, &w, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedId();
        setMessage(tr("Webhook saved."));
        m_model->load(true);
        emit webhookChanged(id);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void WebhooksPage::setActive(bool active)
{
    const QString id = m_selectedId;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_toggle->setEnabled(false);
    setMessage(active ? tr("Enabling…") : tr("Disabling…"));
    WebhookUpdate change;
    change.active = active;
    WebhooksApi(m_connection.data())
        .update(id, change, this, [this, id, active](const Result<Ack> &result) {
            if (!result.ok()) {
                setMessage(result.error.userMessage(), true);
                if (id == m_selectedId)
                    m_toggle->setEnabled(true);
                return;
            }
            Webhook w = m_model->webhook(m_model->rowOf(id));
            w.active = active;
            m_model->updateWebhook(w);
            if (id == m_selectedId)
                showDetails(id);
            setMessage(active
                    ? tr("Webhook enabled; its failure streak starts again from zero.")
                    : tr("Webhook disabled; Kakiyo sends it nothing until you enable it."));
            m_model->load(true);
            emit webhookChanged(id);
        });
}

void WebhooksPage::deleteWebhook()
{
    const QString id = m_selectedId;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Webhook w = m_model->webhook(row);
    const auto answer = MessageBox::question(this, tr("Delete webhook"),
        tr("Delete the webhook “%1”?\n\nKakiyo stops sending events to %2. This cannot be undone.")
            .arg(w.name, w.url),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_delete->setEnabled(false);
    setMessage(tr("Deleting…"));
    const QString name = w.name;
    WebhooksApi(m_connection.data()).remove(id, this, [this, id, name](const Result<Ack> &result) {
        if (!result.ok()) {
            setMessage(result.error.userMessage(), true);
            if (id == m_selectedId)
                m_delete->setEnabled(true);
            return;
        }
        m_selectedId.clear();
        m_model->load(true);
        setMessage(tr("Webhook “%1” deleted.").arg(name));
        emit webhookChanged(id);
    });
}

void WebhooksPage::loadTestEvents()
{
    // POST /webhooks/test accepts the subscribable events (the catalogue of GET /webhooks/events,
    // without the wildcard); the legacy GET /webhooks/test/events names would be refused.
    m_testEvent->clear();
    m_testEvent->addItem(tr("Loading events…"));
    m_testEvent->setEnabled(false);
    WebhooksApi(m_connection.data())
        .events(this, [this](const Result<QList<WebhookEvent>> &result) {
            m_testEvent->clear();
            if (!result.ok()) {
                m_testEvent->addItem(tr("(events could not be loaded)"));
                m_testResult->setText(
                    tr("The event list could not be loaded: %1").arg(result.error.userMessage()));
                return;
            }
            for (const WebhookEvent &e : result.value) {
                if (e.id == QLatin1String("*"))
                    continue;
                m_testEvent->addItem(e.name.isEmpty() ? e.id : e.name, e.id);
                m_testEvent->setItemData(m_testEvent->count() - 1, e.id, Qt::ToolTipRole);
            }
            m_testEventsLoaded = true;
            m_testEvent->setEnabled(m_testEvent->count() > 0);
            m_sendTest->setEnabled(m_testEvent->count() > 0 && !m_testing);
            const int row = m_model->rowOf(m_selectedId);
            if (row >= 0)
                preselectTestEvent(m_model->webhook(row));
        });
}

void WebhooksPage::preselectTestEvent(const Webhook &webhook)
{
    // The first event the selected webhook listens to, so a test reaches it.
    for (const QString &e : webhook.events) {
        const int i = m_testEvent->findData(e);
        if (i >= 0) {
            m_testEvent->setCurrentIndex(i);
            return;
        }
    }
}

WebhookExamplesDialog *WebhooksPage::openExamples()
{
    if (!m_examples) {
        m_examples = new WebhookExamplesDialog(m_connection.data(), this);
        m_examples->setAttribute(Qt::WA_DeleteOnClose);
        // A test sent from there changes the delivery counters shown here.
        connect(m_examples, &WebhookExamplesDialog::sent, this, [this](bool ok) {
            if (ok)
                refresh();
        });
    }
    m_examples->show();
    m_examples->raise();
    m_examples->activateWindow();
    return m_examples;
}

void WebhooksPage::focusTest()
{
    m_testEvent->setFocus(Qt::ShortcutFocusReason);
    if (m_testEvent->isEnabled())
        m_testEvent->showPopup();
}

void WebhooksPage::sendTest()
{
    const QString event = m_testEvent->currentData().toString();
    if (event.isEmpty() || m_testing)
        return;
    m_testing = true;
    m_sendTest->setEnabled(false);
    m_renderTest = nullptr;
    m_testResult->setText(tr("Sending “%1”… An endpoint that fails is tried again after 1, 2 "
                             "and 4 seconds, so this can take a moment.")
                              .arg(event));
    WebhookTest test;
    test.event = event;
    test.data = QJsonObject {{QStringLiteral("message"), tr("Test event sent from Kakiyo Desk")}};
    WebhooksApi(m_connection.data())
        .test(test, this, [this, event](const Result<WebhookTestResult> &result) {
            m_testing = false;
            m_sendTest->setEnabled(m_testEventsLoaded);
            const WebhookTestResult report = result.value;
            const QDateTime sentAt
                = result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc();
            const ApiError error = result.error;
            m_renderTest = result.ok()
                ? std::function<void()>(
                    [this, event, report, sentAt] { showTestReport(event, report, sentAt); })
                : std::function<void()>([this, event, error] { showTestError(event, error); });
            m_renderTest();
            m_model->load(true); // the delivery counters changed
            emit testFinished();
        });
}

void WebhooksPage::showTestReport(
    const QString &event, const WebhookTestResult &report, const QDateTime &sentAt)
{
    const QLocale locale;
    QString html = tr("<p style='margin:0'>“%1” sent at %2 to %n webhook(s):</p>", nullptr,
        int(report.webhooksCount))
                       .arg(event.toHtmlEscaped(),
                           locale.toString(sentAt.toLocalTime().time(), QLocale::LongFormat));
    html += QStringLiteral("<ul style='margin:0'>");
    for (const WebhookDelivery &d : report.deliveries) {
        QString outcome;
        QColor colour;
        if (!d.delivered) {
            outcome = tr("sent; the server does not report the outcome here — the counters above "
                         "update once it is delivered");
        } else if (d.simulated) {
            colour = Theme::success();
            outcome = tr("accepted without contacting the address (the sandbox only calls this "
                         "computer)");
        } else if (*d.delivered) {
            colour = Theme::success();
            outcome = d.statusCode ? tr("delivered, HTTP %1").arg(d.statusCode) : tr("delivered");
        } else {
            colour = Theme::danger();
            outcome = d.statusCode
                ? tr("not delivered: the endpoint answered HTTP %1").arg(d.statusCode)
                : tr("not delivered: %1").arg(d.error.isEmpty() ? tr("no answer") : d.error);
            if (d.statusCode && !d.error.isEmpty()
                && d.error != QStringLiteral("HTTP %1").arg(d.statusCode))
                outcome += QStringLiteral(" (%1)").arg(d.error);
        }
        if (d.durationMs >= 0 && !d.simulated)
            outcome += tr(", %1\u00a0ms").arg(locale.toString(d.durationMs));
        if (d.attempts > 1)
            outcome += d.delivered.value_or(false)
                ? tr(" (attempt %1 of %2; the earlier ones failed)")
                      .arg(d.attempts)
                      .arg(1 + WebhookTestResult::DocumentedRetries)
                : tr(" (tried %1 times; Kakiyo waits 1, 2 and 4\u00a0s between tries)")
                      .arg(d.attempts);
        const QString mark = !d.delivered ? QStringLiteral("•")
            : *d.delivered                ? QStringLiteral("✓")
                                          : QStringLiteral("✗");
        html += QStringLiteral("<li%1>%2 <b>%3</b> — %4</li>")
                    .arg(colour.isValid() ? QStringLiteral(" style='color:%1'").arg(colour.name())
                                          : QString(),
                        mark, (d.name.isEmpty() ? d.url : d.name).toHtmlEscaped(),
                        outcome.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_testResult->setText(html);
}

void WebhooksPage::showTestError(const QString &event, const ApiError &error)
{
    QString text;
    if (error.httpStatus == 404)
        text = tr("Nothing was sent: no active webhook is subscribed to “%1”. Tick the event on a "
                  "webhook or enable one that has it.")
                   .arg(event);
    else
        text = tr("The test could not be sent: %1").arg(error.userMessage());
    m_testResult->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(Theme::danger().name(), text.toHtmlEscaped()));
}

} // namespace kakiyo
