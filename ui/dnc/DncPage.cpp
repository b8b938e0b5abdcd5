#include "ui/dnc/DncPage.h"

#include "ui/dnc/DncListEditor.h"

#include <QVBoxLayout>

namespace kakiyo {

DncPage::DncPage(Connection *session, QWidget *parent)
    : Page(tr("Do Not Contact"), parent)
    , m_editor(new DncListEditor(session, this))
{
    setObjectName(QStringLiteral("dncPage"));
    body()->addWidget(m_editor, 1);
    trackModel(m_editor->listModel());
    addActions(m_editor->commands());
    connect(m_editor, &DncListEditor::showRequested, this, &Page::showRequested);
}

void DncPage::refresh()
{
    m_editor->refresh();
}

void DncPage::activate()
{
    m_editor->activate();
}

} // namespace kakiyo
