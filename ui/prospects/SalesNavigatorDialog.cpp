#include "ui/prospects/SalesNavigatorDialog.h"

#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "ui/prospects/CampaignCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

SalesNavigatorDialog::SalesNavigatorDialog(
    Connection *session, const QString &campaignId, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_owner(new QObject(this))
{
    setObjectName(QStringLiteral("salesNavigatorDialog"));
    setWindowTitle(tr("Import a Sales Navigator search"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kakiyo runs the saved search and adds the people it finds to the "
                                "campaign, skipping duplicates and the Do Not Contact list. At "
                                "most three imports run at a time per team."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(QStringLiteral("salesNavigatorSend"));
    m_send->setText(tr("&Queue import"));
    m_send->setAccessibleName(tr("Queue the Sales Navigator import"));

    auto field
        = [&](const QString &key, const QString &label, QWidget *input, const QString &errorName) {
              auto *box = new QVBoxLayout;
              box->setSpacing(2);
              box->addWidget(input);
              box->addWidget(
                  m_errors.addField(key, QString(label).remove(QLatin1Char('&')), this, errorName));
              form->addRow(FormErrors::buddyLabel(label, input, this), box);
          };
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("salesNavigatorCampaign"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setPlaceholderText(tr("Loading campaigns…"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    field(QStringLiteral("campaignId"), tr("&Campaign"), m_campaign,
        QStringLiteral("salesNavigatorCampaignError"));
    m_searchUrl = new QLineEdit(this);
    m_searchUrl->setObjectName(QStringLiteral("salesNavigatorUrl"));
    m_searchUrl->setAccessibleName(tr("Sales Navigator search URL"));
    m_searchUrl->setPlaceholderText(
        QStringLiteral("https://www.linkedin.com/sales/search/people?query=…"));
    field(QStringLiteral("searchUrl"), tr("&Search URL"), m_searchUrl,
        QStringLiteral("salesNavigatorUrlError"));
    m_count = new QComboBox(this);
    m_count->setObjectName(QStringLiteral("salesNavigatorCount"));
    m_count->setAccessibleName(tr("Number of people to import"));
    for (int n : {100, 250, 500})
        m_count->addItem(QLocale().toString(n), n);
    m_count->setCurrentIndex(1); // the API's default
    field(QStringLiteral("requestedCount"), tr("&People"), m_count,
        QStringLiteral("salesNavigatorCountError"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("salesNavigatorName"));
    m_name->setAccessibleName(tr("Import name"));
    m_name->setPlaceholderText(tr("Sales Navigator import"));
    m_name->setMaxLength(120);
    field(QStringLiteral("name"), tr("&Name"), m_name, QStringLiteral("salesNavigatorNameError"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("salesNavigatorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("salesNavigatorProgress"));
    m_progress->setAccessibleName(tr("Prospects arrived"));
    m_progress->setFormat(tr("%v of %m arrived"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_general = FormErrors::makeLabel(this, QStringLiteral("salesNavigatorError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SalesNavigatorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto recheck = [this] {
        if (m_attempted && m_state == State::Editing)
            m_errors.show(problems());
    };
    connect(m_searchUrl, &QLineEdit::textChanged, this, recheck);
    connect(m_name, &QLineEdit::textChanged, this, recheck);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, recheck);
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, [this] { countProspects(false); });

    loadCampaigns(campaignId);
    m_searchUrl->setFocus();
}

void SalesNavigatorDialog::loadCampaigns(const QString &preselect)
{
    if (!preselect.isEmpty())
        m_campaign->addItem(preselect, preselect);
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

FieldErrors SalesNavigatorDialog::problems() const
{
    SalesNavigatorImport import;
    import.campaignId = m_campaign->currentData().toString();
    import.searchUrl = m_searchUrl->text().trimmed();
    import.requestedCount = m_count->currentData().toInt();
    import.name = m_name->text().trimmed();
    return import.encode().errors;
}

bool SalesNavigatorDialog::submit()
{
    if (m_state == State::Sending || m_state == State::Watching)
        return true;
    m_attempted = true;
    setState(State::Editing);
    if (m_errors.show(problems()))
        return false;
    m_errors.clear();
    SalesNavigatorImport import;
    import.campaignId = m_campaign->currentData().toString();
    import.searchUrl = m_searchUrl->text().trimmed();
    import.requestedCount = m_count->currentData().toInt();
    import.name = m_name->text().trimmed();
    m_sentCampaign = import.campaignId;
    m_requested = import.requestedCount;
    m_baseline = -1;
    m_arrived = 0;
    m_unchanged = 0;
    m_runId.clear();
    setState(State::Sending);
    setStatus(tr("Sending…"));
    // The campaign's count before the import, so arrivals can be told apart from what was there.
    countProspects(true);
    ProspectsApi(m_connection)
        .importSalesNavigator(import, m_owner, [this](const Result<SalesNavigatorRun> &r) {
            if (!r.ok()) {
                m_next.stop();
                setStatus(QString());
                setState(State::Editing);
                m_errors.show(r.error, tr("Not queued"));
                return;
            }
            m_runId = r.value.runId;
            m_since.start();
            setStatus(tr("Queued (run %1, status \"%2\"). Kakiyo imports the %n people in the "
                         "background; the campaign's count is checked every few seconds.",
                nullptr, r.value.requestedCount)
                          .arg(r.value.runId.isEmpty() ? tr("without id") : r.value.runId,
                              r.value.status));
            m_progress->setRange(0, std::max(1, r.value.requestedCount));
            m_progress->setValue(0);
            m_progress->show();
            setState(State::Watching);
            if (m_baseline >= 0)
                m_next.start(m_intervalMs);
        });
    return true;
}

void SalesNavigatorDialog::countProspects(bool baseline)
{
    ProspectSearchQuery query;
    query.campaignId = m_sentCampaign;
    query.limit = 1;
    ReadOptions options;
    options.cache = ApiRequest::CacheMode::NetworkOnly; // a count that changes by the second
    ProspectsApi(m_connection)
        .search(
            query, m_owner,
            [this, baseline](const Result<SearchPage> &r) {
                if (!r.ok()) {
                    if (m_state != State::Watching && m_state != State::Sending)
                        return;
                    m_next.stop();
                    setState(State::Failed);
                    m_errors.showGeneral(tr("The import was queued, but the campaign's prospects "
                                            "could not be counted: %1")
                                             .arg(r.error.userMessage()));
                    return;
                }
                if (baseline) {
                    m_baseline = r.value.total;
                    if (m_state == State::Watching)
                        m_next.start(m_intervalMs);
                    return;
                }
                onCount(r.value.total);
            },
            options);
}

void SalesNavigatorDialog::onCount(qint64 total)
{
    if (m_state != State::Watching)
        return;
    const qint64 arrived = std::max<qint64>(0, total - m_baseline);
    if (arrived != m_arrived) {
        m_arrived = arrived;
        m_unchanged = 0;
        emit this->arrived(arrived);
    } else {
        ++m_unchanged;
    }
    m_progress->setValue(int(std::min<qint64>(arrived, m_progress->maximum())));
    if (arrived >= m_requested || (arrived > 0 && m_unchanged >= m_quietPolls)) {
        setState(State::Done);
        setStatus(tr("Done: %n new prospect(s) arrived in the campaign (of %1 requested; "
                     "duplicates and Do Not Contact entries are skipped).",
            nullptr, int(arrived))
                      .arg(m_requested));
        return;
    }
    if (m_since.elapsed() + m_intervalMs > m_deadlineMs) {
        setState(State::StillRunning);
        setStatus(tr("Still running: %n new prospect(s) so far. Kakiyo goes on importing; "
                     "refresh the Prospects page later.",
            nullptr, int(arrived)));
        return;
    }
    setStatus(tr("Importing: %n new prospect(s) in the campaign so far…", nullptr, int(arrived)));
    m_next.start(m_intervalMs);
}

void SalesNavigatorDialog::setState(State state)
{
    m_state = state;
    const bool editable = state != State::Sending && state != State::Watching;
    for (QWidget *w : std::initializer_list<QWidget *> {m_campaign, m_searchUrl, m_count, m_name})
        w->setEnabled(editable && state != State::Done);
    m_send->setEnabled(editable && state != State::Done);
    emit stateChanged(state);
}

void SalesNavigatorDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SalesNavigatorDialog::statusText() const
{
    return m_status->text();
}

QString SalesNavigatorDialog::generalError() const
{
    return m_general->text();
}

void SalesNavigatorDialog::setWatchTiming(int intervalMs, int quietPolls, int deadlineMs)
{
    m_intervalMs = intervalMs;
    m_quietPolls = quietPolls;
    m_deadlineMs = deadlineMs;
}

void SalesNavigatorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_errors.restyle();
}

} // namespace kakiyo
