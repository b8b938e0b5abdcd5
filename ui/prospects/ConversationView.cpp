#include "ui/prospects/ConversationView.h"

#include "models/ConversationModel.h"
#include "models/ProspectColumns.h"
#include "models/domain/ConversationStatus.h"
#include "models/domain/ProspectRequests.h"
#include "ui/shell/Teardown.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kakiyo {

ConversationView::ConversationView(Connection *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ConversationModel(session, this))
    , m_card(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_thread(new QTextBrowser(this))
    , m_customData(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_save(new QPushButton(tr("Save custom data"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_qualify(new QPushButton(tr("Qualify"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("conversationView"));
    m_card->setObjectName(QStringLiteral("prospectCard"));
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::RichText);
    m_card->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_card->setOpenExternalLinks(false);
    // LinkedIn opens in the user's browser, never inside the app.
    connect(m_card, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_facts->setObjectName(QStringLiteral("conversationFacts"));
    m_facts->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("conversationThread"));
    m_thread->setAccessibleName(tr("Conversation"));
    m_thread->setOpenLinks(false);
    m_thread->setMinimumHeight(160);
    m_customData->setObjectName(QStringLiteral("customDataEditor"));
    m_customData->setPlaceholderText(
        tr("Custom data the agent may use (up to %L1 characters)").arg(kMaxCustomDataChars));
    m_customData->setMaximumHeight(90);
    m_counter->setObjectName(QStringLiteral("customDataCounter"));
    m_message->setObjectName(QStringLiteral("conversationMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_card);
    layout->addWidget(m_facts);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pause);
    actions->addWidget(m_resume);
    actions->addWidget(m_qualify);
    actions->addStretch();
    actions->addWidget(m_delete);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_thread, 1);
    auto *customHeader = new QHBoxLayout;
    customHeader->addWidget(new QLabel(tr("Custom data"), this));
    customHeader->addStretch();
    customHeader->addWidget(m_counter);
    layout->addLayout(customHeader);
    layout->addWidget(m_customData);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    connect(m_pause, &QPushButton::clicked, m_model, &ConversationModel::pause);
    connect(m_resume, &QPushButton::clicked, m_model, &ConversationModel::resume);
    connect(m_qualify, &QPushButton::clicked, m_model, &ConversationModel::qualify);
    connect(m_delete, &QPushButton::clicked, this, &ConversationView::askDelete);
    connect(m_save, &QPushButton::clicked, this,
        [this] { m_model->saveCustomData(m_customData->toPlainText()); });
    connect(m_customData, &QPlainTextEdit::textChanged, this, &ConversationView::updateCounter);
    connect(m_model, &ConversationModel::loaded, this, &ConversationView::render);
    connect(m_model, &ConversationModel::modelReset, this, &ConversationView::renderThread);
    connect(m_model, &ConversationModel::busyChanged, this, &ConversationView::updateButtons);
    connect(m_model, &ConversationModel::actionFinished, this,
        [this](ConversationModel::Action action, bool ok, const QString &message) {
            m_message->setText(ok
                    ? message
                    : tr("%1 failed: %2").arg(ConversationModel::actionName(action), message));
            m_message->setProperty("error", !ok);
            if (ok && action != ConversationModel::Action::Load)
                emit changed(m_model->chatId());
        });
    connect(m_model, &ConversationModel::removed, this, &ConversationView::removed);
    render();
}

ConversationView::~ConversationView()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void ConversationView::showConversation(const QString &chatId)
{
    m_message->clear();
    m_model->load(chatId);
    if (chatId.isEmpty())
        render();
    else
        emit opened(chatId);
}

void ConversationView::askDelete()
{
    if (!m_model->isLoaded())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete prospect"),
        tr("Delete %1 and their conversation? This cannot be undone. The API refuses while the "
           "conversation is active.")
            .arg(m_model->details().prospect.name));
    if (answer == QMessageBox::Yes)
        m_model->remove();
}

void ConversationView::render()
{
    const ChatDetails &d = m_model->details();
    if (!m_model->isLoaded()) {
        m_card->setText(tr("<i>Select a prospect to see the conversation.</i>"));
        m_facts->clear();
        m_customData->blockSignals(true);
        m_customData->clear();
        m_customData->blockSignals(false);
        updateCounter();
        updateButtons();
        return;
    }
    const Prospect &p = d.prospect;
    QString html = QStringLiteral("<b style='font-size:large'>%1</b>").arg(p.name.toHtmlEscaped());
    if (!p.headline.isEmpty())
        html += QStringLiteral("<br>%1").arg(p.headline.toHtmlEscaped());
    QStringList work;
    if (!p.currentJobTitle.isEmpty())
        work << p.currentJobTitle.toHtmlEscaped();
    if (!p.currentCompanyName.isEmpty())
        work << tr("at %1").arg(p.currentCompanyName.toHtmlEscaped());
    // Headlines often read "Title at Company" already; don't say it twice.
    const QString workLine = work.join(u' ');
    if (!work.isEmpty() && workLine != p.headline.toHtmlEscaped())
        html += QStringLiteral("<br>") + work.join(u' ');
    const QString where = ProspectColumns::location(p);
    if (!where.isEmpty())
        html += QStringLiteral("<br>%1").arg(where.toHtmlEscaped());
    const QUrl url(p.url);
    if (url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        html += QStringLiteral("<br><a href=\"%1\">%2</a>")
                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("LinkedIn profile"));
    if (!p.about.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(p.about.left(600).toHtmlEscaped());
    m_card->setText(html);
    m_card->setToolTip(p.url.isEmpty() ? QString() : tr("Opens the profile in your browser"));

    const QString campaign = d.campaign.name.isEmpty() ? d.campaign.id : d.campaign.name;
    m_facts->setText(
        tr("Campaign: %1 · Status: %2 · Qualification: %3 · %4")
            .arg(campaign.isEmpty() ? tr("—") : campaign, statusLabel(d.status),
                d.qualification.isEmpty() ? tr("—") : qualificationLabel(d.qualification),
                d.paused ? tr("Paused") : tr("Running")));
    m_customData->blockSignals(true);
    m_customData->setPlainText(d.customData);
    m_customData->blockSignals(false);
    updateCounter();
    updateButtons();
}

void ConversationView::renderThread()
{
    const ChatDetails &d = m_model->details();
    if (d.messages.isEmpty()) {
        m_thread->setHtml(m_model->isLoaded() ? tr("<i>No messages yet.</i>") : QString());
        return;
    }
    const QLocale locale;
    const QColor ours = palette().color(QPalette::Highlight);
    const QColor theirs = palette().color(QPalette::AlternateBase);
    QString html;
    for (const Message &m : d.messages) {
        const bool fromAgent = m.role == Message::Role::Assistant;
        const QString who = fromAgent       ? tr("Agent")
            : m.role == Message::Role::User ? d.prospect.name
                                            : m.roleName;
        const QString when = m.date.isValid()
            ? locale.toString(m.date.toLocalTime(), QLocale::ShortFormat)
            : QString();
        const QColor bg = fromAgent ? ours : theirs;
        const QColor fg = fromAgent ? palette().color(QPalette::HighlightedText)
                                    : palette().color(QPalette::Text);
        // Qt's rich text has no rounded boxes; a padded one-cell table per message reads as a
        // bubble, pushed right for our agent and left for the prospect.
        html += QStringLiteral(
            "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:6px'><tr>");
        if (fromAgent)
            html += QStringLiteral("<td width='22%'></td>");
        html += QStringLiteral("<td bgcolor='%1' style='padding:6px; color:%2'>"
                               "<span style='font-size:small'><b>%3</b> · %4</span><br>%5</td>")
                    .arg(bg.name(), fg.name(), who.toHtmlEscaped(), when,
                        m.content.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        if (!fromAgent)
            html += QStringLiteral("<td width='22%'></td>");
        html += QStringLiteral("</tr></table>");
    }
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
}

void ConversationView::updateCounter()
{
    const int n = int(m_customData->toPlainText().size());
    m_counter->setText(tr("%L1 / %L2").arg(n).arg(kMaxCustomDataChars));
    const bool over = n > kMaxCustomDataChars;
    m_counter->setStyleSheet(over ? QStringLiteral("color:#c62828; font-weight:bold") : QString());
    m_counter->setToolTip(over ? tr("Over the API's limit: shorten it to save") : QString());
    updateButtons();
}

void ConversationView::updateButtons()
{
    const bool ready = m_model->isLoaded() && !m_model->isBusy();
    const bool paused = m_model->details().paused;
    m_pause->setEnabled(ready && !paused);
    m_resume->setEnabled(ready && paused);
    m_qualify->setEnabled(ready && m_model->details().qualification != QLatin1String("qualified"));
    m_delete->setEnabled(ready);
    m_save->setEnabled(ready && m_customData->toPlainText().size() <= kMaxCustomDataChars);
    m_customData->setEnabled(m_model->isLoaded());
}

} // namespace kakiyo
