// The Library: the team's products, prompts and the AI model catalogue, one tab each. Products
// show their details beside the list and are created with ProductDialog; prompts open in a
// sections editor (PromptEditor) that guards unsaved changes when another prompt is chosen, and
// are created with PromptDialog; models list their prices, sortable. Each list is shown from the
// cache at once and asked again only on F5 / the refresh button (the visible tab only).
#pragma once

#include "ui/shell/MessageBox.h"
#include "ui/shell/Page.h"

#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace kakiyo {

class Connection;
class ModelCatalogModel;
class ModelDetailsPane;
class ProductListModel;
class PromptEditor;
class PromptListModel;
class ServerListModel;

class LibraryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    enum class Tab
    {
        Products,
        Prompts,
        Models
    };

    explicit LibraryPage(Connection *session, QWidget *parent = nullptr);
    ~LibraryPage() override;

    void refresh() override;
    void activate() override;
    bool confirmClose() override;

    Tab currentTab() const;
    void showTab(Tab tab);
    ProductListModel *products() const { return m_products; }
    PromptListModel *prompts() const { return m_prompts; }
    ModelCatalogModel *catalogue() const { return m_catalogue; }
    QTableView *productTable() const { return m_productTable; }
    QTableView *promptTable() const { return m_promptTable; }
    QTableView *modelTable() const { return m_modelTable; }
    // GET /models/{id} of the activated (or current) model row.
    ModelDetailsPane *modelDetails() const { return m_modelDetails; }
    PromptEditor *promptEditor() const { return m_editor; }
    QString productDetailsText() const;
    QString lastMessage() const;

    void newProduct();
    void newPrompt();
    // Selects the product / prompt with this id in its table (the prompt opens in the editor,
    // after asking about unsaved changes).
    void selectProduct(const QString &id);
    void selectPrompt(const QString &id);

signals:
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Save / Discard / Cancel about the open prompt's edits; `question` has %1 for its name.
    MessageBox::Button askAboutUnsavedPrompt(const QString &question);
    QWidget *buildProductsTab();
    QWidget *buildPromptsTab();
    QWidget *buildModelsTab();
    QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessible,
        QSortFilterProxyModel *proxy, int stretchColumn);
    ServerListModel *modelFor(Tab tab) const;
    void ensureLoaded(Tab tab);
    void syncHeader();
    void say(const QString &text, bool error = false);
    void showProductDetails();
    void promptChosen(const QModelIndex &current);
    void openPrompt(const QString &id);
    void markPromptRow(const QString &id);
    void bringForward(Tab tab);
    void restyle(); // colours and icons of the palette in use

    Connection *m_connection;
    ProductListModel *m_products;
    PromptListModel *m_prompts;
    ModelCatalogModel *m_catalogue;
    QSortFilterProxyModel *m_productProxy;
    QSortFilterProxyModel *m_promptProxy;
    QSortFilterProxyModel *m_modelProxy;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_productTable = nullptr;
    QLabel *m_productTitle = nullptr;
    QLabel *m_productMeta = nullptr;
    QLabel *m_productDescription = nullptr;
    QLabel *m_productCount = nullptr;
    QTableView *m_promptTable = nullptr;
    QLabel *m_promptCount = nullptr;
    PromptEditor *m_editor = nullptr;
    QTableView *m_modelTable = nullptr;
    QLabel *m_modelCount = nullptr;
    ModelDetailsPane *m_modelDetails = nullptr;
    QString m_shownProduct; // id of the product in the details panel
    QString m_selectProductAfterLoad; // id (or name when the server gave no id)
    QString m_selectPromptAfterLoad; // name: POST /prompts returns no id
    QString m_promptAfterSave; // the prompt to open once the pending save succeeds
    bool m_activated = false;
    bool m_closeAfterSave = false; // the window closes once the asked-for save succeeds
    bool m_markingRow = false;
    bool m_messageIsError = false;
};

} // namespace kakiyo
