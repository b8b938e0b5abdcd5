#include "ui/prospects/AddProspectDialog.h"

#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/import/LinkedinUrl.h"
#include "models/jobs/ImportWatch.h"
#include "ui/prospects/CampaignCombo.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {

constexpr int kMaxCustomData = 3000;

// Why an import row was not added, in the user's words (the server's message follows).
QString rowOutcome(const QString &status)
{
    if (status == QLatin1String("existing"))
        return AddProspectDialog::tr("This person is already in the campaign.");
    if (status == QLatin1String("skipped_dnc"))
        return AddProspectDialog::tr("This person is on the Do Not Contact list, so Kakiyo "
                                     "skipped them.");
    if (status == QLatin1String("invalid"))
        return AddProspectDialog::tr("Kakiyo found the LinkedIn address invalid.");
    if (status == QLatin1String("enrichment_failed"))
        return AddProspectDialog::tr("Kakiyo could not read this LinkedIn profile.");
    return AddProspectDialog::tr("Kakiyo did not add the prospect (status \"%1\").").arg(status);
}

} // namespace

AddProspectDialog::AddProspectDialog(
    Connection *session, const QString &campaignId, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_watch(new ImportWatch(session, this))
{
    setObjectName(QStringLiteral("addProspectDialog"));
    setWindowTitle(tr("Add a prospect"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    // The buttons are made first and the fields after, so Tab runs down the form.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setObjectName(QStringLiteral("addProspectButton"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add this prospect"));

    auto field = [&](const QString &key, const QString &label, QWidget *input,
                     const QString &errorName, QWidget *below = nullptr) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(input);
        if (below)
            box->addWidget(below);
        box->addWidget(
            m_errors.addField(key, QString(label).remove(QLatin1Char('&')), this, errorName));
        form->addRow(FormErrors::buddyLabel(label, input, this), box);
    };

    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("addProspectCampaign"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setPlaceholderText(tr("Loading campaigns…"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    field(QStringLiteral("campaignId"), tr("&Campaign"), m_campaign,
        QStringLiteral("addProspectCampaignError"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("addProspectName"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setPlaceholderText(tr("Jane Doe"));
    m_name->setMaxLength(200);
    field(QStringLiteral("name"), tr("Full &name"), m_name, QStringLiteral("addProspectNameError"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("addProspectUrl"));
    m_url->setAccessibleName(tr("LinkedIn profile URL"));
    m_url->setPlaceholderText(tr("linkedin.com/in/username"));
    m_urlHint = new QLabel(this);
    m_urlHint->setObjectName(QStringLiteral("addProspectUrlHint"));
    m_urlHint->setProperty("class", QStringLiteral("muted"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setTextFormat(Qt::PlainText);
    m_urlHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field(QStringLiteral("url"), tr("LinkedIn &URL"), m_url, QStringLiteral("addProspectUrlError"),
        m_urlHint);

    m_customData = new QPlainTextEdit(this);
    m_customData->setObjectName(QStringLiteral("addProspectCustomData"));
    m_customData->setAccessibleName(tr("Custom data for the prompts"));
    m_customData->setPlaceholderText(tr("Optional: anything the prompts may use as "
                                        "{{customData}}, e.g. where you met."));
    m_customData->setTabChangesFocus(true);
    m_customData->setFixedHeight(90);
    m_customCount = new QLabel(this);
    m_customCount->setObjectName(QStringLiteral("addProspectCustomCount"));
    m_customCount->setProperty("class", QStringLiteral("muted"));
    field(QStringLiteral("customData"), tr("Custom &data"), m_customData,
        QStringLiteral("addProspectCustomDataError"), m_customCount);

    m_ongoing = new QCheckBox(tr("Treat as an &ongoing conversation (no invitation step)"), this);
    m_ongoing->setObjectName(QStringLiteral("addProspectOngoing"));
    m_ongoing->setAccessibleName(tr("Ongoing conversation"));
    form->addRow(QString(), m_ongoing);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("addProspectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    layout->addWidget(m_status);
    m_general = FormErrors::makeLabel(this, QStringLiteral("addProspectError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddProspectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AddProspectDialog::urlEdited);
    auto recheck = [this] {
        if (m_attempted && !m_sending)
            m_errors.show(problems());
    };
    connect(m_name, &QLineEdit::textChanged, this, recheck);
    connect(m_url, &QLineEdit::textChanged, this, recheck);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_customData, &QPlainTextEdit::textChanged, this, [this, recheck] {
        const qsizetype n = m_customData->toPlainText().size();
        m_customCount->setText(tr("%1 / %2 characters").arg(n).arg(kMaxCustomData));
        recheck();
    });
    connect(m_watch, &ImportWatch::progress, this, [this](const ImportStatus &s) {
        setStatus(tr("Kakiyo is importing the prospect (%1)…").arg(s.status));
    });
    connect(m_watch, &ImportWatch::finished, this,
        [this](ImportWatch::End end, const ImportStatus &last, const ApiError &error) {
            importEnded(int(end), last, error);
        });

    m_customCount->setText(tr("%1 / %2 characters").arg(0).arg(kMaxCustomData));
    urlEdited();
    loadCampaigns(campaignId);
    m_name->setFocus();
}

AddProspectDialog::~AddProspectDialog() = default;

void AddProspectDialog::loadCampaigns(const QString &preselect)
{
    if (!preselect.isEmpty())
        m_campaign->addItem(preselect, preselect); // named once the list arrives
    m_campaign->setCurrentIndex(m_campaign->findData(preselect));
    CampaignsApi(m_connection).list(this, [this, preselect](const Result<QList<Campaign>> &r) {
        m_campaignsLoaded = true;
        m_campaign->setPlaceholderText(tr("Choose a campaign"));
        if (!r.ok()) {
            m_errors.showGeneral(
                tr("The campaigns could not be loaded: %1").arg(r.error.userMessage()));
            return;
        }
        fillCampaignCombo(m_campaign, r.value, preselect);
    });
}

void AddProspectDialog::urlEdited()
{
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    if (url.problem == LinkedinUrl::Problem::Empty)
        m_urlHint->setText(tr("A profile address such as linkedin.com/in/jane-doe."));
    else if (!url.isValid())
        m_urlHint->setText(url.reason);
    else
        m_urlHint->setText(tr("Sent as %1").arg(url.canonical));
}

FieldErrors AddProspectDialog::problems() const
{
    ProspectCreate create;
    create.campaignId = m_campaign->currentData().toString();
    create.prospect.name = m_name->text();
    create.prospect.url = LinkedinUrl::normalised(m_url->text());
    create.prospect.customData = m_customData->toPlainText();
    FieldErrors errors = create.encode().errors;
    // The project's normaliser decides what a profile address is; its reason replaces the
    // encoder's for the URL.
    const LinkedinUrl url = LinkedinUrl::parse(m_url->text());
    if (!url.isValid()) {
        errors.erase(std::remove_if(errors.begin(), errors.end(),
                         [](const FieldError &e) { return e.field == QLatin1String("url"); }),
            errors.end());
        errors.append({QStringLiteral("url"),
            url.problem == LinkedinUrl::Problem::Empty ? tr("A LinkedIn profile URL is required.")
                                                       : url.reason});
    }
    if (create.campaignId.isEmpty()) {
        errors.erase(
            std::remove_if(errors.begin(), errors.end(),
                [](const FieldError &e) { return e.field == QLatin1String("campaignId"); }),
            errors.end());
        errors.append({QStringLiteral("campaignId"), tr("Choose the campaign to add them to.")});
    }
    return errors;
}

bool AddProspectDialog::submit()
{
    if (m_sending)
        return true;
    m_attempted = true;
    const FieldErrors errors = problems();
    if (m_errors.show(errors)) {
        const QList<QPair<QString, QWidget *>> inputs {{QStringLiteral("campaignId"), m_campaign},
            {QStringLiteral("name"), m_name}, {QStringLiteral("url"), m_url},
            {QStringLiteral("customData"), m_customData}};
        for (const auto &input : inputs) {
            if (!m_errors.text(input.first).isEmpty()) {
                input.second->setFocus();
                break;
            }
        }
        return false;
    }
    ProspectCreate create;
    create.campaignId = m_campaign->currentData().toString();
    create.prospect.name = m_name->text().trimmed();
    create.prospect.url = LinkedinUrl::normalised(m_url->text());
    create.prospect.customData = m_customData->toPlainText();
    if (m_ongoing->isChecked())
        create.prospect.ongoing = true;
    m_sentCampaign = create.campaignId;
    m_sentName = create.prospect.name;
    setSending(true);
    setStatus(tr("Sending…"));
    ProspectsApi(m_connection).add(create, this, [this](const Result<ImportAccepted> &r) {
        if (!r.ok()) {
            setSending(false);
            setStatus(QString());
            m_errors.show(r.error, tr("Not added"));
            return;
        }
        if (r.value.listId.isEmpty()) {
            // An older deployment adds at once and has no import to follow.
            setSending(false);
            setStatus(r.value.message);
            emit added(m_sentCampaign, QString(), m_sentName);
            accept();
            return;
        }
        setStatus(tr("Accepted; Kakiyo is importing the prospect…"));
        m_watch->start(r.value.listId, m_intervalMs, m_deadlineMs);
    });
    return true;
}

void AddProspectDialog::importEnded(int end, const ImportStatus &last, const ApiError &error)
{
    setSending(false);
    switch (ImportWatch::End(end)) {
    case ImportWatch::End::Failed:
        setStatus(QString());
        m_errors.showGeneral(tr("Kakiyo accepted the prospect, but its import status could not be "
                                "read: %1")
                                 .arg(error.userMessage()));
        return;
    case ImportWatch::End::Deadline:
        setStatus(QString());
        m_errors.showGeneral(tr("Kakiyo accepted the prospect but had not finished importing it "
                                "after %n second(s) (status \"%1\"). It may still appear in the "
                                "campaign; refresh the list later.",
            nullptr, (m_deadlineMs + 999) / 1000)
                                 .arg(last.status));
        return;
    case ImportWatch::End::Finished:
        break;
    }
    const auto row = std::find_if(
        last.report.cbegin(), last.report.cend(), [](const ImportRow &r) { return r.index == 0; });
    if (row != last.report.cend() && row->chatCreated) {
        setStatus(tr("Added to the campaign."));
        emit added(m_sentCampaign, row->chatId, m_sentName);
        accept();
        return;
    }
    setStatus(QString());
    QString text = row == last.report.cend()
        ? tr("Kakiyo finished the import without adding the prospect (status \"%1\").")
              .arg(last.status)
        : rowOutcome(row->status);
    if (row != last.report.cend() && !row->message.isEmpty())
        text += QLatin1Char(' ') + tr("Kakiyo says: %1").arg(row->message);
    m_errors.showGeneral(text);
}

void AddProspectDialog::setSending(bool sending)
{
    m_sending = sending;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_campaign, m_name, m_url, m_customData, m_ongoing, m_add})
        w->setEnabled(!sending);
    if (sending)
        m_errors.clear();
}

void AddProspectDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString AddProspectDialog::statusText() const
{
    return m_status->text();
}

QString AddProspectDialog::generalError() const
{
    return m_general->text();
}

QString AddProspectDialog::urlHint() const
{
    return m_urlHint->text();
}

void AddProspectDialog::setWatchTiming(int intervalMs, int deadlineMs)
{
    m_intervalMs = intervalMs;
    m_deadlineMs = deadlineMs;
}

void AddProspectDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_errors.restyle();
}

} // namespace kakiyo
