// Creates a campaign (POST /campaigns) or edits one (PUT /campaigns/{id}). The product, prompt and
// agent pickers are filled from the live lists (cached answers first); the API cannot change them
// after creation, so they are read-only when editing, and an edit sends only what changed.
// Checks the contract's rules as the user types; the save button stays off while anything is
// wrong.
#pragma once

#include "models/api/ApiError.h"
#include "models/domain/Campaign.h"
#include "ui/campaigns/ThemedIcons.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kakiyo {

class Connection;

class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)

public:
    // editing: nullptr to create a new campaign.
    CampaignDialog(Connection *session, const Campaign *editing, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    bool isEditing() const { return !m_editId.isEmpty(); }
    CampaignCreate createBody() const;
    CampaignUpdate updateBody() const;
    QStringList problems() const;
    // True once the three pickers have their lists (or failed to get them).
    bool pickersLoaded() const { return m_pendingLists == 0; }

    void setVariable(const QString &name, const QString &value);

signals:
    void pickersReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    using PickerItems = QList<QPair<QString, QString>>; // id, label
    // A picker shows "Loading…" until its list arrives; fillPicker puts the list (or why there is
    // none) in and selects `preselect` when it is there.
    void startPicker(QComboBox *combo);
    void fillPicker(QComboBox *combo, const PickerItems &items, const ApiError &error,
        const QString &preselect);
    void revalidate();
    QMap<QString, QString> variables() const;

    Connection *m_connection;
    QString m_editId;
    QLineEdit *m_name = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_prompt = nullptr;
    QComboBox *m_agent = nullptr;
    QSpinBox *m_automatic = nullptr;
    QSpinBox *m_verification = nullptr;
    QTableWidget *m_variables = nullptr;
    QCheckBox *m_preventAutoStart = nullptr;
    QLabel *m_errors = nullptr;
    QPushButton *m_save = nullptr;
    int m_pendingLists = 0;
    int m_initialAutomatic = 0;
    int m_initialVerification = 0;
    ThemedIcons m_icons;
};

} // namespace kakiyo
