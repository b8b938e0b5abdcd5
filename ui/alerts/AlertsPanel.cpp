#include "ui/alerts/AlertsPanel.h"

#include "models/live/AlertListModel.h"
#include "models/live/AutoRefresh.h"
#include "models/live/RefreshPlan.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

// Severity as the standard message-box icon beside each alert.
class SeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto severity = Alert::Severity(index.data(AlertListModel::SeverityRole).toInt());
        const QStyle::StandardPixmap pixmap = severity == Alert::Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : (severity == Alert::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation);
        option->icon = QApplication::style()->standardIcon(pixmap);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(20, 20);
    }
};

} // namespace

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_plan(new QLabel(this))
    , m_interval(new QComboBox(this))
    , m_refreshNow(new QPushButton(tr("Refresh now"), this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(tr("No alerts. The desk keeps watching."), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_plan->setObjectName(QStringLiteral("refreshPlan"));
    m_plan->setWordWrap(true);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setAccessibleName(tr("Auto-refresh"));
    m_interval->addItem(tr("Auto-refresh off"), 0);
    for (int minutes : RefreshPlan::intervalChoices())
        m_interval->addItem(tr("Every %n min", nullptr, minutes), minutes);
    m_refreshNow->setObjectName(QStringLiteral("refreshNow"));
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SeverityDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("Alerts"));
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_dismiss->setObjectName(QStringLiteral("dismissAlert"));
    m_dismiss->setToolTip(tr("Dismiss the selected alerts (Delete)"));

    auto *settings = new QHBoxLayout;
    settings->addWidget(m_interval, 1);
    settings->addWidget(m_refreshNow);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addLayout(settings);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);

    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        if (m_source)
            m_source->setIntervalMinutes(m_interval->itemData(index).toInt());
        showPlan();
    });
    connect(m_refreshNow, &QPushButton::clicked, this, [this] {
        if (m_source)
            m_source->refreshNow();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsPanel::dismissSelected);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openSubject(index.data(AlertListModel::SubjectRole).toString(),
            index.data(AlertListModel::SubjectIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertsPanel::updateState);
    updateState();
    showPlan();
}

void AlertsPanel::setSource(AutoRefresh *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_model->setSource(source);
    if (m_source) {
        connect(m_source, &AutoRefresh::planChanged, this, &AlertsPanel::showPlan);
        connect(m_source, &QObject::destroyed, this, [this] { setSource(nullptr); });
    }
    showPlan();
    updateState();
}

int AlertsPanel::count() const
{
    return m_model->rowCount();
}

void AlertsPanel::showPlan()
{
    m_interval->setEnabled(m_source);
    m_refreshNow->setEnabled(m_source);
    if (!m_source) {
        m_plan->setText(tr("Not connected."));
        return;
    }
    const RefreshPlan plan = m_source->plan();
    m_plan->setText(plan.summary());
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(plan.intervalMinutes())));
}

void AlertsPanel::dismissSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    // Each dismissal reloads the list: take every id before the first goes.
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_model->alertAt(row).id;
    for (const QString &id : std::as_const(ids)) {
        if (m_source)
            m_source->dismiss(id);
    }
}

void AlertsPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_dismiss->setEnabled(m_list->selectionModel()->hasSelection());
    emit countChanged(m_model->rowCount());
}

void AlertsPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && m_list->selectionModel()->hasSelection()) {
        dismissSelected();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kakiyo
