#include "ui/shell/Page.h"

#include "models/ServerListModel.h"
#include "ui/shell/AgeText.h"
#include "ui/shell/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

Page::Page(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_titleText(title)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 14, 20, 12);
    outer->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(m_title);
    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("pageAge"));
    header->addWidget(m_age, 0, Qt::AlignBottom);
    header->addStretch(1);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);
    header->addLayout(m_actions);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(Theme::icon(QStringLiteral("refresh")));
    m_refresh->setIconSize(QSize(18, 18));
    m_refresh->setToolTip(tr("Refresh from the server (F5)"));
    m_refresh->setAccessibleName(tr("Refresh %1").arg(title));
    connect(m_refresh, &QToolButton::clicked, this, [this] { refresh(); });
    header->addWidget(m_refresh);
    outer->addLayout(header);

    m_scopeNote = new QLabel(this);
    m_scopeNote->setObjectName(QStringLiteral("scopeNote"));
    m_scopeNote->setProperty("class", QStringLiteral("muted"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->hide();
    outer->addWidget(m_scopeNote);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(10);
    outer->addLayout(m_body, 1);

    auto *tick = new QTimer(this);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, &Page::updateAgeLabel);
    tick->start();
    updateAgeLabel();
}

Page::~Page() = default;

QString Page::ageText() const
{
    return m_age->text();
}

void Page::changeEvent(QEvent *event)
{
    // A light/dark switch while the page is open: the header's icon follows the palette.
    if (event->type() == QEvent::PaletteChange)
        m_refresh->setIcon(Theme::icon(QStringLiteral("refresh")));
    QWidget::changeEvent(event);
}

void Page::setUpdatedAt(const QDateTime &when)
{
    m_updatedAt = when;
    updateAgeLabel();
    emit updated();
}

void Page::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateAgeLabel();
    emit busyChanged(busy);
}

void Page::setRefreshable(bool refreshable)
{
    m_refresh->setVisible(refreshable);
    m_age->setVisible(refreshable);
}

void Page::trackModel(ServerListModel *model)
{
    connect(model, &ServerListModel::loadingChanged, this, &Page::setBusy);
    connect(model, &ServerListModel::loaded, this, [this, model] {
        setUpdatedAt(model->updatedAt());
        setScopeNote(model->emptyText());
    });
}

QString Page::scopeNote() const
{
    return m_scopeNote->text();
}

void Page::setScopeNote(const QString &text)
{
    m_scopeNote->setText(text);
    m_scopeNote->setVisible(!text.isEmpty());
}

void Page::updateAgeLabel()
{
    QString text = AgeText::describe(m_updatedAt, QDateTime::currentDateTimeUtc());
    if (m_busy)
        text = m_updatedAt.isValid() ? text + QStringLiteral(" · refreshing…")
                                     : QStringLiteral("loading…");
    m_age->setText(text);
}

} // namespace kakiyo
