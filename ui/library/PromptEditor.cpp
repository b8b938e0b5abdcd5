#include "ui/library/PromptEditor.h"

#include "models/api/PromptsApi.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

constexpr int MaxFollowUps = 3; // contract F4
constexpr int MinDelayDays = 1;
constexpr int MaxDelayDays = 30;

QPlainTextEdit *sectionEdit(QWidget *parent, const QString &objectName, const QString &accessible,
    int minHeight, int maxHeight)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(minHeight);
    edit->setMaximumHeight(maxHeight);
    return edit;
}

QLabel *sectionTitle(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    label->setBuddy(buddy);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("class", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

// The column of a prompt type's box: edge to edge, 4 px between its parts.
QVBoxLayout *sectionColumn(QWidget *box)
{
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    return column;
}

// One text section, in this order: its title (the edit's buddy, with the mnemonic), a hint when
// there is one, the edit, and the line for the server's error about `field`.
void addTextSection(QVBoxLayout *column, FormErrors &errors, QPlainTextEdit *edit,
    const QString &title, const QString &hintText, const QString &field,
    const QString &errorObjectName)
{
    QWidget *box = edit->parentWidget();
    column->addWidget(sectionTitle(title, edit, box));
    if (!hintText.isEmpty())
        column->addWidget(hint(hintText, box));
    column->addWidget(edit);
    column->addWidget(errors.addField(field, edit->accessibleName(), box, errorObjectName));
}

} // namespace

PromptEditor::PromptEditor(Connection *session, QWidget *parent)
    : QWidget(parent)
    , m_connection(session)
{
    setObjectName(QStringLiteral("promptEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_meta = hint(QString(), this);
    m_meta->setObjectName(QStringLiteral("promptMeta"));
    layout->addWidget(m_meta);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("promptEditorStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_sections = new QWidget(this);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 4, 0, 0);
    sections->setSpacing(4);

    // Messages prompts.
    m_messages = new QWidget(m_sections);
    auto *messages = sectionColumn(m_messages);
    m_context = sectionEdit(m_messages, QStringLiteral("promptContext"), tr("Context"), 90, 220);
    addTextSection(messages, m_errors, m_context, tr("&Context"),
        tr("Who the agent is, who it writes to and what it offers."), QStringLiteral("context"),
        QStringLiteral("promptContextError"));
    m_firstMessage = sectionEdit(
        m_messages, QStringLiteral("promptFirstMessage"), tr("First message"), 60, 140);
    addTextSection(messages, m_errors, m_firstMessage, tr("&First message"), QString(),
        QStringLiteral("firstMessage"), QStringLiteral("promptFirstMessageError"));
    // Which variables the context and first message must mention (from the guidelines).
    m_variables = hint(QString(), m_messages);
    m_variables->setObjectName(QStringLiteral("promptVariables"));
    m_variables->setTextFormat(Qt::PlainText);
    messages->addWidget(m_variables);

    auto *followHeader = new QHBoxLayout;
    followHeader->addWidget(sectionTitle(tr("Follow-ups"), nullptr, m_messages));
    followHeader->addStretch(1);
    m_followUpEnabled = new QCheckBox(tr("Send follow-ups"), m_messages);
    m_followUpEnabled->setObjectName(QStringLiteral("promptFollowUpEnabled"));
    m_followUpEnabled->setAccessibleName(tr("Send follow-ups"));
    followHeader->addWidget(m_followUpEnabled);
    messages->addLayout(followHeader);
    messages->addWidget(hint(tr("Up to %1, each sent the given number of days after the previous "
                                "message when the prospect has not replied.")
                                 .arg(MaxFollowUps),
        m_messages));
    m_followUpList = new QVBoxLayout;
    m_followUpList->setSpacing(4);
    messages->addLayout(m_followUpList);
    m_addFollowUp
        = new QPushButton(Theme::icon(QStringLiteral("add")), tr("Add follow-up"), m_messages);
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    m_addFollowUp->setAccessibleName(tr("Add a follow-up"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addFollowUp);
    addRow->addStretch(1);
    messages->addLayout(addRow);
    messages->addWidget(m_errors.addField(QStringLiteral("followUps"), tr("Follow-ups"), m_messages,
        QStringLiteral("promptFollowUpsError")));
    sections->addWidget(m_messages);

    // Comment prompts.
    m_commentBox = new QWidget(m_sections);
    auto *comment = sectionColumn(m_commentBox);
    m_comment = sectionEdit(m_commentBox, QStringLiteral("promptComment"), tr("Comment"), 90, 220);
    addTextSection(comment, m_errors, m_comment, tr("&Comment"),
        tr("How the agent comments on a prospect's posts."), QStringLiteral("comment"),
        QStringLiteral("promptCommentError"));
    sections->addWidget(m_commentBox);

    layout->addWidget(m_sections);

    m_error = FormErrors::makeLabel(this, QStringLiteral("promptEditorError"));
    m_errors.setGeneral(m_error);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertPromptButton"));
    m_revert->setAccessibleName(tr("Revert the prompt's unsaved changes"));
    m_save = new QPushButton(tr("&Save prompt"), this);
    m_save->setObjectName(QStringLiteral("savePromptButton"));
    m_save->setAccessibleName(tr("Save the prompt"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QPlainTextEdit *edit : {m_context, m_firstMessage, m_comment})
        connect(edit, &QPlainTextEdit::textChanged, this, &PromptEditor::edited);
    connect(m_followUpEnabled, &QCheckBox::toggled, this, &PromptEditor::edited);
    connect(m_addFollowUp, &QPushButton::clicked, this, [this] {
        addFollowUp();
        m_rows.last().text->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &PromptEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PromptEditor::revert);

    clear();
}

PromptEditor::~PromptEditor()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

bool PromptEditor::lacksEndpoint(const ApiError &error)
{
    // The prompt was just listed by the same server and the API cannot delete prompts, so a 404
    // (or 405) here means the route itself is missing: an older generation of the API.
    return error.httpStatus == 404 || error.httpStatus == 405;
}

bool PromptEditor::isComment() const
{
    return m_loaded.type.compare(QLatin1String("Comment"), Qt::CaseInsensitive) == 0;
}

void PromptEditor::clear(const QString &hint)
{
    ++m_ticket;
    m_loaded = {};
    m_modelLabel.clear();
    m_title->setText(tr("No prompt selected"));
    m_meta->setText(
        hint.isEmpty() ? tr("Select a prompt in the list to see and edit its sections.") : hint);
    fill({});
    setState(State::Empty);
}

void PromptEditor::showPrompt(const Prompt &listed, const QString &modelLabel, bool refresh)
{
    const quint64 ticket = ++m_ticket;
    m_loaded = listed;
    m_loaded.hasSections = false;
    m_modelLabel = modelLabel;
    m_title->setText(listed.name.isEmpty() ? listed.id : listed.name);
    QStringList meta;
    if (!listed.type.isEmpty())
        meta << listed.type;
    if (!modelLabel.isEmpty())
        meta << modelLabel;
    if (listed.createdAt.isValid())
        meta << tr("created %1")
                    .arg(QLocale().toString(
                        listed.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    fill(m_loaded);
    if (m_unsupported) {
        setState(State::Unsupported);
        return;
    }
    setState(State::Loading);
    ReadOptions options;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    PromptsApi(m_connection)
        .get(
            listed.id, this,
            [this, ticket](const Result<Prompt> &result) {
                if (ticket != m_ticket)
                    return; // another prompt was selected meanwhile
                if (!result.ok()) {
                    if (lacksEndpoint(result.error)) {
                        m_unsupported = true;
                        setState(State::Unsupported);
                    } else {
                        setState(State::Failed,
                            tr("The sections could not be loaded: %1")
                                .arg(result.error.userMessage()));
                    }
                    return;
                }
                Prompt p = result.value;
                // Keep what the list knew when the details omit it.
                if (p.name.isEmpty())
                    p.name = m_loaded.name;
                if (p.type.isEmpty())
                    p.type = m_loaded.type;
                if (p.model.isEmpty())
                    p.model = m_loaded.model;
                m_loaded = p;
                fill(m_loaded);
                setState(State::Ready);
                emit detailsLoaded(m_loaded);
            },
            options);
}

void PromptEditor::fill(const Prompt &prompt)
{
    m_filling = true;
    m_context->setPlainText(prompt.context);
    m_firstMessage->setPlainText(prompt.firstMessage);
    m_comment->setPlainText(prompt.comment);
    m_followUpEnabled->setChecked(prompt.followUpEnabled.value_or(!prompt.followUps.isEmpty()));
    setFollowUps(prompt.followUps);
    m_filling = false;
    m_errors.clear();
    m_messages->setVisible(!isComment());
    m_commentBox->setVisible(isComment());
    updateVariables();
    edited();
}

void PromptEditor::setFollowUps(const QList<FollowUp> &followUps)
{
    // Later, not now: this may run inside a click of a row's own remove button.
    for (const FollowUpRow &row : std::as_const(m_rows)) {
        m_followUpList->removeWidget(row.box);
        row.box->hide();
        for (QObject *child : row.box->findChildren<QObject *>())
            child->setObjectName(QString());
        row.box->deleteLater();
    }
    m_rows.clear();
    const bool filling = m_filling;
    m_filling = true;
    for (const FollowUp &f : followUps)
        addFollowUp(f.prompt, f.delay);
    m_filling = filling;
    edited();
}

void PromptEditor::addFollowUp(const QString &text, int delay)
{
    if (m_rows.size() >= MaxFollowUps)
        return;
    const int n = int(m_rows.size()) + 1;
    FollowUpRow row;
    row.box = new QWidget(m_messages);
    auto *layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *number = new QLabel(QStringLiteral("%1.").arg(n), row.box);
    layout->addWidget(number, 0, Qt::AlignTop);
    row.text = sectionEdit(
        row.box, QStringLiteral("followUpText%1").arg(n), tr("Follow-up %1 text").arg(n), 54, 90);
    row.text->setPlainText(text);
    layout->addWidget(row.text, 1);
    auto *side = new QVBoxLayout;
    row.delay = new QSpinBox(row.box);
    row.delay->setObjectName(QStringLiteral("followUpDelay%1").arg(n));
    row.delay->setAccessibleName(tr("Follow-up %1 delay in days").arg(n));
    row.delay->setRange(MinDelayDays, MaxDelayDays);
    row.delay->setValue(qBound(MinDelayDays, delay, MaxDelayDays));
    row.delay->setSuffix(tr(" days"));
    row.delay->setToolTip(tr("Days after the previous message"));
    side->addWidget(row.delay);
    row.remove = new QToolButton(row.box);
    row.remove->setObjectName(QStringLiteral("removeFollowUp%1").arg(n));
    row.remove->setIcon(Theme::icon(QStringLiteral("delete")));
    row.remove->setToolTip(tr("Remove follow-up %1").arg(n));
    row.remove->setAccessibleName(tr("Remove follow-up %1").arg(n));
    side->addWidget(row.remove, 0, Qt::AlignRight);
    side->addStretch(1);
    layout->addLayout(side);
    m_followUpList->addWidget(row.box);
    connect(row.text, &QPlainTextEdit::textChanged, this, &PromptEditor::edited);
    connect(row.delay, &QSpinBox::valueChanged, this, &PromptEditor::edited);
    QWidget *box = row.box;
    connect(row.remove, &QToolButton::clicked, this, [this, box] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).box == box)
                return removeFollowUp(i);
        }
    });
    m_rows.append(row);
    updateEditable();
    edited();
}

void PromptEditor::removeFollowUp(int index)
{
    QList<FollowUp> rest = currentFollowUps();
    rest.removeAt(index);
    setFollowUps(rest);
    updateEditable();
}

QList<FollowUp> PromptEditor::currentFollowUps() const
{
    QList<FollowUp> out;
    for (const FollowUpRow &row : m_rows)
        out.append({row.text->toPlainText(), row.delay->value()});
    return out;
}

bool PromptEditor::baselineFollowUpEnabled() const
{
    return m_loaded.followUpEnabled.value_or(!m_loaded.followUps.isEmpty());
}

PromptUpdate PromptEditor::changes() const
{
    PromptUpdate u;
    if (!m_loaded.hasSections)
        return u;
    if (isComment()) {
        if (m_comment->toPlainText() != m_loaded.comment)
            u.comment = m_comment->toPlainText();
        return u;
    }
    if (m_context->toPlainText() != m_loaded.context)
        u.context = m_context->toPlainText();
    if (m_firstMessage->toPlainText() != m_loaded.firstMessage)
        u.firstMessage = m_firstMessage->toPlainText();
    const QList<FollowUp> now = currentFollowUps();
    bool same = now.size() == m_loaded.followUps.size();
    for (int i = 0; same && i < now.size(); ++i)
        same = now.at(i).prompt == m_loaded.followUps.at(i).prompt
            && now.at(i).delay == m_loaded.followUps.at(i).delay;
    if (!same)
        u.followUps = now;
    if (m_followUpEnabled->isChecked() != baselineFollowUpEnabled())
        u.followUpEnabled = m_followUpEnabled->isChecked();
    return u;
}

bool PromptEditor::isDirty() const
{
    const PromptUpdate u = changes();
    return u.context || u.firstMessage || u.followUps || u.followUpEnabled || u.comment;
}

void PromptEditor::edited()
{
    if (m_filling)
        return;
    updateVariables();
    const bool dirty = isDirty();
    const bool ready = m_state == State::Ready;
    m_save->setEnabled(ready && dirty);
    m_revert->setEnabled(ready && dirty);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void PromptEditor::updateVariables()
{
    // The guidelines' layout is not documented; use the mandatory variables when they are listed.
    const QJsonValue listed = m_loaded.guidelines.value(QLatin1String("mandatoryVariables"));
    QStringList mandatory;
    for (const QJsonValue &v : listed.toArray()) {
        if (v.isString())
            mandatory << v.toString();
    }
    if (mandatory.isEmpty() || isComment() || !m_loaded.hasSections) {
        m_variables->hide();
        return;
    }
    const QString text = m_context->toPlainText() + m_firstMessage->toPlainText();
    QStringList missing;
    for (const QString &v : std::as_const(mandatory)) {
        if (!text.contains(v))
            missing << v;
    }
    QString line = tr("Must mention %1 in the context or first message.")
                       .arg(mandatory.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        line += QLatin1Char(' ') + tr("Missing now: %1.").arg(missing.join(QStringLiteral(", ")));
    m_variables->setText(line);
    m_variables->setStyleSheet(
        missing.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_variables->show();
}

void PromptEditor::updateEditable()
{
    const bool editable = m_state == State::Ready;
    for (QPlainTextEdit *edit : {m_context, m_firstMessage, m_comment})
        edit->setReadOnly(!editable);
    m_followUpEnabled->setEnabled(editable);
    for (const FollowUpRow &row : std::as_const(m_rows)) {
        row.text->setReadOnly(!editable);
        row.delay->setEnabled(editable);
        row.remove->setVisible(editable);
    }
    m_addFollowUp->setVisible(editable);
    m_addFollowUp->setEnabled(editable && m_rows.size() < MaxFollowUps);
    m_save->setVisible(editable || m_state == State::Saving);
    m_revert->setVisible(editable || m_state == State::Saving);
}

void PromptEditor::setState(State state, const QString &message)
{
    m_state = state;
    QString text = message;
    bool problem = false;
    switch (state) {
    case State::Empty:
        break;
    case State::Loading:
        text = tr("Loading the prompt's sections…");
        break;
    case State::Ready:
    case State::Saving:
        break;
    case State::Unsupported:
        text = tr("This Kakiyo server does not support editing prompts: it offers no GET/PUT "
                  "/prompts/{id}. Change the prompt's text in the Kakiyo dashboard.");
        if (isDirty())
            text += QLatin1Char(' ')
                + tr("Your changes were not saved; they stay here, read-only, to copy from.");
        problem = true;
        break;
    case State::Failed:
        problem = true;
        break;
    }
    m_status->setText(text);
    m_statusIsProblem = problem;
    restyle();
    m_status->setVisible(!text.isEmpty());
    // Without sections there is nothing to show but the list's facts (title and meta line).
    m_sections->setVisible(m_loaded.hasSections);
    m_sections->setEnabled(state != State::Loading);
    updateEditable();
    edited();
    emit stateChanged(state);
}

void PromptEditor::restyle()
{
    m_status->setStyleSheet(
        m_statusIsProblem ? QStringLiteral("color: %1;").arg(Theme::warning().name()) : QString());
    m_addFollowUp->setIcon(Theme::icon(QStringLiteral("add")));
    for (const FollowUpRow &row : std::as_const(m_rows))
        row.remove->setIcon(Theme::icon(QStringLiteral("delete")));
    updateVariables();
    m_errors.restyle();
}

void PromptEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

QString PromptEditor::statusText() const
{
    return m_status->text();
}

void PromptEditor::revert()
{
    if (m_state != State::Ready)
        return;
    fill(m_loaded);
}

void PromptEditor::save()
{
    if (m_state != State::Ready)
        return;
    const PromptUpdate update = changes();
    if (!isDirty())
        return;
    const Encoded e = update.encode();
    if (m_errors.show(e.errors)) {
        emit saveFailed(m_loaded.id);
        return;
    }
    const QString id = m_loaded.id;
    const quint64 ticket = m_ticket;
    setState(State::Saving, tr("Saving…"));
    PromptsApi(m_connection)
        .update(id, update, this, [this, id, ticket, update](const Result<Ack> &result) {
            if (ticket != m_ticket) {
                // The editor moved on; only report.
                if (result.ok())
                    emit saved(id);
                else
                    emit saveFailed(id);
                return;
            }
            if (!result.ok()) {
                if (lacksEndpoint(result.error)) {
                    m_unsupported = true;
                    setState(State::Unsupported);
                } else {
                    setState(State::Ready);
                    m_errors.show(result.error, tr("Not saved"));
                }
                emit saveFailed(id);
                return;
            }
            // The server accepted exactly these changes: they are the new baseline.
            if (update.context)
                m_loaded.context = *update.context;
            if (update.firstMessage)
                m_loaded.firstMessage = *update.firstMessage;
            if (update.followUps)
                m_loaded.followUps = *update.followUps;
            if (update.followUpEnabled)
                m_loaded.followUpEnabled = update.followUpEnabled;
            if (update.comment)
                m_loaded.comment = *update.comment;
            m_errors.clear();
            setState(State::Ready, tr("Saved."));
            emit saved(id);
        });
}

} // namespace kakiyo
