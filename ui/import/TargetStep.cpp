#include "ui/import/TargetStep.h"

#include "models/CampaignListModel.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/NoticeLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kakiyo {

TargetStep::TargetStep(ImportWizardState *s)
    : m_s(s)
{
    setTitle(ImportWizard::tr("Campaign"));
    setSubTitle(ImportWizard::tr("Where the people go, and what sending them will take."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    m_one = new QRadioButton(ImportWizard::tr("One &campaign:"), this);
    m_one->setObjectName(QStringLiteral("importOneCampaign"));
    m_one->setChecked(true);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("importCampaign"));
    m_campaign->setAccessibleName(ImportWizard::tr("Target campaign"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_one);
    row->addWidget(m_campaign, 1);
    layout->addLayout(row);
    m_rr = new QRadioButton(
        ImportWizard::tr("&Round-robin over two or more campaigns (by their workload):"), this);
    m_rr->setObjectName(QStringLiteral("importRoundRobin"));
    layout->addWidget(m_rr);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importCampaignList"));
    m_list->setAccessibleName(ImportWizard::tr("Campaigns for round-robin"));
    layout->addWidget(m_list, 1);
    m_loading = new NoticeLabel(QStringLiteral("importCampaignsState"), this);
    layout->addWidget(m_loading);
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("importCost"));
    m_cost->setWordWrap(true);
    m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_cost);
    m_error = new NoticeLabel(QStringLiteral("importTargetError"), this);
    layout->addWidget(m_error);
    auto *group = new QButtonGroup(this);
    group->addButton(m_one);
    group->addButton(m_rr);
    connect(m_one, &QRadioButton::toggled, this, [this] { update(); });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_list, &QListWidget::itemChanged, this, [this] { update(); });
    connect(&m_watcher, &QFutureWatcher<Recorded>::finished, this, [this] { recorded(); });
}

TargetStep::~TargetStep()
{
    m_watcher.waitForFinished();
}

void TargetStep::initializePage()
{
    if (!m_model) {
        m_model = new CampaignListModel(m_s->session, this);
        connect(m_model, &ServerListModel::loaded, this, [this] { fill(); });
        connect(m_model, &ServerListModel::loadFailed, this, [this](const QString &message) {
            m_loading->setNotice(
                ImportWizard::tr("The campaign list could not be loaded: %1").arg(message), true);
        });
        m_loading->setNotice(ImportWizard::tr("Loading the campaigns…"), false);
        m_model->load(true); // live list: campaigns may have been created a minute ago
    }
    update();
}

bool TargetStep::isComplete() const
{
    return !m_recording && target().problem().isEmpty() && m_s->prepared.validCount() > 0;
}

bool TargetStep::validatePage()
{
    if (m_s->importId >= 0 && m_s->target == target())
        return true; // recorded (the second call, from recorded())
    QString error;
    if (!m_s->openJournal(&error)) {
        m_error->setNotice(error, true);
        return false;
    }
    m_s->target = target();
    m_s->importId = m_s->journal.findUnfinished(m_s->prepared.fingerprint, m_s->target);
    if (m_s->importId >= 0)
        return true;
    // Recording 100,000 rows takes a second or more: on a worker thread, with its own
    // connection to the journal, while the window stays responsive.
    m_recording = true;
    emit completeChanged();
    m_error->setNotice(ImportWizard::tr("Recording the import…"), false);
    const QString journalPath = m_s->journal.path();
    const QString file = m_s->path;
    const PreparedImport prepared = m_s->prepared;
    const ImportPlan plan = ImportPlan::make(m_s->target, prepared.validCount());
    m_watcher.setFuture(QtConcurrent::run([journalPath, file, prepared, plan] {
        ImportJournal journal;
        if (!journal.open(journalPath))
            return Recorded {-1, journal.errorString()};
        const qint64 id = journal.create(file, prepared, plan);
        return Recorded {id, id < 0 ? journal.errorString() : QString()};
    }));
    return false;
}

void TargetStep::recorded()
{
    const Recorded r = m_watcher.result();
    m_recording = false;
    emit completeChanged();
    if (r.id < 0) {
        m_error->setNotice(ImportWizard::tr("Cannot record the import: %1").arg(r.error), true);
        return;
    }
    m_error->setNotice({}, false);
    m_s->importId = r.id;
    wizard()->next();
}

ImportTarget TargetStep::target() const
{
    if (m_one->isChecked())
        return ImportTarget::campaign(m_campaign->currentData().toString());
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ImportTarget::roundRobin(ids);
}

void TargetStep::fill()
{
    const QString current = m_campaign->currentData().toString().isEmpty()
        ? m_s->targetCampaign
        : m_campaign->currentData().toString();
    QSet<QString> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.insert(m_list->item(i)->data(Qt::UserRole).toString());
    }
    const QSignalBlocker b1(m_campaign);
    const QSignalBlocker b2(m_list);
    m_campaign->clear();
    m_list->clear();
    for (const Campaign &c : m_model->campaigns()) {
        const QString text = QStringLiteral("%1 (%2)").arg(
            c.name.isEmpty() ? c.id : c.name, CampaignListModel::statusLabel(c.status));
        m_campaign->addItem(text, c.id);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
    m_loading->setNotice(m_model->campaigns().isEmpty()
            ? ImportWizard::tr("There are no campaigns yet.")
            : QString(),
        true);
    update();
}

void TargetStep::update()
{
    m_campaign->setEnabled(m_one->isChecked());
    m_list->setEnabled(m_rr->isChecked());
    const ImportTarget t = target();
    const int rows = m_s->prepared.validCount();
    if (const QString problem = t.problem(); !problem.isEmpty()) {
        m_cost->setText(problem);
    } else {
        const ImportPlan plan = ImportPlan::make(t, rows);
        ImportPlan::Limits limits = ImportPlan::Limits::fromPolicy(
            m_s->session->scheduler()->policy(), t.kind == ImportTarget::Kind::RoundRobin);
        // Credits only where the server charges them for calls (see ServerGeneration).
        const bool credits = m_s->session->usage()->callsCostCredits();
        limits.creditsPerCall = credits ? 1 : 0;
        const ImportPlan::Preview p = plan.preview(limits);
        const QString time = p.minimumMs > 0
            ? ImportWizard::tr("at least %1 under the rate limits")
                  .arg(ImportTexts::duration(p.minimumMs))
            : ImportWizard::tr("the rate limits allow it without waiting");
        const QString head
            = ImportWizard::tr(
                "<b>%1 people in %2 batch calls</b>, plus about %3 status checks (%4 calls in all)")
                  .arg(ImportTexts::number(rows), ImportTexts::number(p.batchCalls),
                      ImportTexts::number(p.statusPolls), ImportTexts::number(p.totalCalls));
        m_cost->setText(credits ? ImportWizard::tr("%1 · %2 credits · %3.")
                                      .arg(head, ImportTexts::number(p.credits), time)
                                : ImportWizard::tr("%1 · no credits for calls on this server · %2.")
                                      .arg(head, time));
    }
    emit completeChanged();
}

} // namespace kakiyo
