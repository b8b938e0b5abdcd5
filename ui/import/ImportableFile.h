#pragma once
// Which files the lead import reads: the window and a campaign card accept only those on a drop.

class QMimeData;
class QString;

namespace kakiyo {

// .csv, .tsv or .txt (any case).
bool isImportableFile(const QString &path);
// The first local importable file of a drag, or an empty string.
QString importableFileOf(const QMimeData *mime);

} // namespace kakiyo
