// "Add a prospect": one person into one campaign (POST /prospects). The LinkedIn address is
// checked and normalised offline as it is typed (the stored form is shown) — an address that is
// not a profile is refused without a call. Kakiyo imports asynchronously: once the request is
// accepted, the dialog follows the import (ImportWatch, with a deadline) and says how it ended —
// added, already in the campaign, on the Do Not Contact list, or still running. It closes only on
// a confirmed add (a chat was created); every refusal is shown in place and nothing typed is lost.
#pragma once

#include "models/domain/ImportStatus.h"
#include "ui/library/FormErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kakiyo {

class Connection;
class ImportWatch;

class AddProspectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddProspectDialog)

public:
    // `campaignId` is preselected when given (the Prospects page's filter, a campaign's details).
    AddProspectDialog(Connection *session, const QString &campaignId, QWidget *parent = nullptr);
    ~AddProspectDialog() override;

    QComboBox *campaignBox() const { return m_campaign; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *customDataEdit() const { return m_customData; }
    QCheckBox *ongoingBox() const { return m_ongoing; }
    QPushButton *addButton() const { return m_add; }
    bool campaignsLoaded() const { return m_campaignsLoaded; }

    // Checks the form; sends it when it passes. False when it was refused locally (no call).
    bool submit();
    bool isSending() const { return m_sending; }
    QString errorText(const QString &field) const { return m_errors.text(field); }
    QString generalError() const;
    QString statusText() const;
    QString urlHint() const;
    // The import interval and deadline (tests shorten them).
    void setWatchTiming(int intervalMs, int deadlineMs);

signals:
    // The prospect is in the campaign: its conversation is `chatId`.
    void added(const QString &campaignId, const QString &chatId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCampaigns(const QString &preselect);
    void urlEdited();
    FieldErrors problems() const;
    void setSending(bool sending);
    void setStatus(const QString &text);
    void importEnded(int end, const ImportStatus &last, const ApiError &error);

    Connection *m_connection;
    ImportWatch *m_watch;
    QComboBox *m_campaign = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QPlainTextEdit *m_customData = nullptr;
    QLabel *m_customCount = nullptr;
    QCheckBox *m_ongoing = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_add = nullptr;
    FormErrors m_errors;
    bool m_campaignsLoaded = false;
    bool m_attempted = false;
    bool m_sending = false;
    int m_intervalMs = 2000; // GET /prospects/imports shares a per-minute budget
    int m_deadlineMs = 60000;
    QString m_sentCampaign;
    QString m_sentName;
};

} // namespace kakiyo
