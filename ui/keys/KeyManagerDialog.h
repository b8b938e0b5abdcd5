// The key manager: the user's profiles (add, rename, switch, remove) and, for the selected one, its
// name, base URL and API key. "Verify and save" checks the key with GET /verify against that base
// URL through a throw-away session, then stores it in the key store; it also says whether secure
// storage works here and offers session-only keys when it does not. Everything is asynchronous;
// the key never reaches QSettings, a log or an error text.
#pragma once

#include "models/store/ApiKey.h"

#include <QDialog>
#include <QUrl>
#include <memory>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace kakiyo {

class KeyVerifier;
struct KeyVerification;
class KeyStore;
class MemoryKeyStore;
class Profiles;

class KeyManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManagerDialog)

public:
    // Neither profiles nor store is owned; both must outlive the dialog.
    KeyManagerDialog(Profiles *profiles, KeyStore *store, QWidget *parent = nullptr);
    ~KeyManagerDialog() override;

    QString selectedProfileId() const;
    void selectProfile(const QString &id);
    // The store keys go to now: the given one, or the session-only store when chosen.
    KeyStore *activeStore() const;
    bool secureStorageWorks() const { return m_storageWorks; }

    // Also reachable through the buttons; public for the command line of tests.
    void addProfile();
    void renameSelected(const QString &newName);
    void removeSelected(); // asks through MessageBox first
    void switchToSelected(); // loads the stored key and hands it on
    void verifyAndSave();

signals:
    // A verified (or stored) key for this profile is ready: connect the app to it.
    void profileReady(const QString &profileId, const QString &profileName, const QUrl &baseUrl,
        const QString &apiKey);
    // Verification and saving finished (ok or not), for tests and the status line.
    void verifyFinished(bool ok);
    void storageChecked(bool works);

private:
    void reloadList(const QString &selectId);
    void showSelected();
    void showServer(); // the selected profile's detected API generation and billing choice
    void updateKeyHint();
    void setBusy(bool busy);
    void setResult(const QString &text, bool isError);
    void keyVerified(const KeyVerification &result);
    void saveKey(const QString &profileId, const ApiKey &key, const QString &teamId);

    Profiles *m_profiles;
    KeyStore *m_store;
    std::unique_ptr<MemoryKeyStore> m_sessionStore;
    KeyVerifier *m_verifier = nullptr;
    std::pair<QString, ApiKey> m_pendingKey; // profile id and the key being verified
    bool m_storageWorks = false;
    bool m_busy = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_switch = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QToolButton *m_showKey = nullptr;
    QLabel *m_keyHint = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_server = nullptr;
    QComboBox *m_billing = nullptr;
    QLabel *m_storage = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_sessionWarning = nullptr;
};

} // namespace kakiyo
