#include "ui/campaigns/CampaignCard.h"

#include "models/CampaignListModel.h"
#include "ui/campaigns/ActivitySparkline.h"
#include "ui/import/ImportableFile.h"
#include "ui/shell/Theme.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

QString CampaignCard::badgeFor(const QString &status)
{
    if (status == QLatin1String("active"))
        return QStringLiteral("good");
    if (status == QLatin1String("paused"))
        return QStringLiteral("warn");
    if (status == QLatin1String("disabled"))
        return QStringLiteral("bad");
    if (status == QLatin1String("completed"))
        return QStringLiteral("accent");
    return QStringLiteral("idle");
}

CampaignCard::CampaignCard(const Campaign &c, QWidget *parent)
    : QFrame(parent)
    , m_id(c.id)
{
    setObjectName(QStringLiteral("card"));
    setProperty("campaignId", c.id);
    setAccessibleName(tr("Campaign %1").arg(c.name));
    setMinimumWidth(260);
    // As tall as its content: never stretched to the row, never squeezed by a full grid.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAcceptDrops(true);
    setFocusPolicy(Qt::ClickFocus);
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    // One line, elided with "…" when narrow (the tooltip has it whole): a wrapping title would
    // make the card's height depend on its width, which the card grid cannot honour.
    m_fullName = c.name;
    m_title = new QLabel(c.name, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setToolTip(c.name);
    m_title->setMinimumWidth(60);
    m_title->installEventFilter(this);
    top->addWidget(m_title, 1);
    auto *badge = new QLabel(CampaignListModel::statusLabel(c.status), this);
    badge->setObjectName(QStringLiteral("statusBadge"));
    badge->setProperty("badge", badgeFor(c.status));
    top->addWidget(badge, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *numbers = new QGridLayout;
    numbers->setHorizontalSpacing(16);
    numbers->setVerticalSpacing(0);
    const struct
    {
        QString label;
        QString value;
    } figures[] = {
        {tr("prospects"), locale.toString(c.stats.prospects)},
        {tr("replies"), locale.toString(c.stats.prospectsAnswers)},
        {tr("qualified"), locale.toString(c.stats.qualified)},
    };
    int col = 0;
    for (const auto &f : figures) {
        auto *value = new QLabel(f.value, this);
        value->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
        auto *label = new QLabel(f.label, this);
        label->setProperty("class", QStringLiteral("muted"));
        numbers->addWidget(value, 0, col);
        numbers->addWidget(label, 1, col);
        ++col;
    }
    numbers->setColumnStretch(3, 1);
    layout->addLayout(numbers);

    auto *rates = new QLabel(tr("Response %1 % · Conversion %2 %")
                                 .arg(locale.toString(CampaignListModel::responseRate(c), 'f', 1),
                                     locale.toString(CampaignListModel::conversionRate(c), 'f', 1)),
        this);
    rates->setObjectName(QStringLiteral("cardRates"));
    rates->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(rates);

    m_sparkline = new ActivitySparkline(this);
    m_sparkline->setAccessibleName(tr("Activity of %1").arg(c.name));
    layout->addWidget(m_sparkline);
    m_legend = new QLabel(ActivitySparkline::legendText(), this);
    m_legend->setObjectName(QStringLiteral("sparklineLegend"));
    m_legend->setProperty("class", QStringLiteral("muted"));
    // Hidden until there are lines to explain, its room kept so the card does not jump when
    // the activity arrives.
    QSizePolicy keep = m_legend->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_legend->setSizePolicy(keep);
    m_legend->hide();
    layout->addWidget(m_legend);

    auto *actions = new QHBoxLayout;
    const bool active = c.status == QLatin1String("active");
    const bool canToggle
        = active || c.status == QLatin1String("paused") || c.status == QLatin1String("draft");
    m_toggle = new QPushButton(active ? tr("Pause") : tr("Resume"), this);
    m_icons.set(m_toggle, active ? QStringLiteral("pause") : QStringLiteral("play"));
    m_toggle->setObjectName(QStringLiteral("campaignToggle"));
    m_toggle->setAccessibleName(active ? tr("Pause %1").arg(c.name) : tr("Resume %1").arg(c.name));
    m_toggle->setEnabled(canToggle);
    connect(m_toggle, &QPushButton::clicked, this,
        [this, active] { emit toggleRequested(m_id, active); });
    actions->addWidget(m_toggle);
    actions->addStretch(1);
    auto *details = new QToolButton(this);
    details->setObjectName(QStringLiteral("campaignDetails"));
    m_icons.set(details, QStringLiteral("info"));
    details->setToolTip(tr("Details, statistics and prospects"));
    details->setAccessibleName(tr("Details of %1").arg(c.name));
    connect(details, &QToolButton::clicked, this, [this] { emit selectRequested(m_id); });
    actions->addWidget(details);
    auto *import = new QToolButton(this);
    import->setObjectName(QStringLiteral("importLeads"));
    m_icons.set(import, QStringLiteral("prospects"));
    import->setToolTip(tr("Import leads… (or drop a .csv file on the card)"));
    import->setAccessibleName(tr("Import leads into %1").arg(c.name));
    connect(import, &QToolButton::clicked, this, [this] { emit importRequested(m_id, {}); });
    actions->addWidget(import);
    auto *edit = new QToolButton(this);
    edit->setObjectName(QStringLiteral("editCampaign"));
    m_icons.set(edit, QStringLiteral("edit"));
    edit->setToolTip(tr("Edit"));
    edit->setAccessibleName(tr("Edit %1").arg(c.name));
    connect(edit, &QToolButton::clicked, this, [this] { emit editRequested(m_id); });
    actions->addWidget(edit);
    auto *del = new QToolButton(this);
    del->setObjectName(QStringLiteral("deleteCampaign"));
    m_icons.set(del, QStringLiteral("delete"));
    del->setToolTip(tr("Delete"));
    del->setAccessibleName(tr("Delete %1").arg(c.name));
    connect(del, &QToolButton::clicked, this, [this] { emit deleteRequested(m_id); });
    actions->addWidget(del);
    layout->addLayout(actions);
}

void CampaignCard::setActivity(const QList<DailyActivity> &days)
{
    m_sparkline->setSeries(days);
    m_legend->setVisible(m_sparkline->hasActivity());
}

void CampaignCard::setActivityUnavailable()
{
    m_sparkline->setMode(ActivitySparkline::Mode::Unavailable);
    m_legend->hide();
}

void CampaignCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    restyle();
}

void CampaignCard::setDropHighlight(bool on)
{
    m_dropTarget = on;
    restyle();
}

void CampaignCard::restyle()
{
    // The theme draws the card; a selected card or a drop target gets an accent border. Set only
    // when it changes: a new style sheet is itself a palette change (see changeEvent).
    const QString sheet = !m_selected && !m_dropTarget
        ? QString()
        : QStringLiteral("QFrame#card { border: 2px %1 %2; }")
              .arg(m_dropTarget ? QStringLiteral("dashed") : QStringLiteral("solid"),
                  Theme::accent().name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

QString CampaignCard::leadFileOf(const QMimeData *mime)
{
    // One local file the lead import reads (the window-wide drop accepts the same kinds).
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && isImportableFile(url.toLocalFile()) ? url.toLocalFile() : QString();
}

void CampaignCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_icons.reapply();
        m_legend->setText(ActivitySparkline::legendText());
        restyle();
    }
}

bool CampaignCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize) {
        const QString shown = m_title->fontMetrics().elidedText(
            m_fullName, Qt::ElideRight, m_title->contentsRect().width());
        if (shown != m_title->text())
            m_title->setText(shown);
    }
    return QFrame::eventFilter(watched, event);
}

void CampaignCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit selectRequested(m_id);
    QFrame::mousePressEvent(event);
}

void CampaignCard::dragEnterEvent(QDragEnterEvent *event)
{
    if (leadFileOf(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setDropHighlight(true);
}

void CampaignCard::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QFrame::dragLeaveEvent(event);
}

void CampaignCard::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QString path = leadFileOf(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit importRequested(m_id, path);
}

} // namespace kakiyo
