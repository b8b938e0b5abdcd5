// The Do Not Contact file readers: the local list of `import --skip-dnc` (one URL per line or any
// CSV) and the DNC page's CSV batch file. Any file is read or refused with a reason; every URL
// read is in canonical form.
#include "FuzzInput.h"
#include "models/import/DncCsvFile.h"
#include "models/import/DncFile.h"
#include "models/import/LinkedinUrl.h"

#include <QFile>
#include <QTemporaryFile>

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The readers take a path: one scratch file, rewritten for every input.
    static QTemporaryFile scratch;
    if (!scratch.isOpen() && !scratch.open())
        fuzz::fail("no scratch file");
    scratch.resize(0);
    scratch.seek(0);
    scratch.write(reinterpret_cast<const char *>(data), qint64(size));
    scratch.flush();

    QSet<QString> urls;
    QString error;
    if (DncFile::read(scratch.fileName(), &urls, &error)) {
        for (const QString &url : std::as_const(urls)) {
            if (LinkedinUrl::normalised(url) != url)
                fuzz::fail("the DNC list holds a URL that is not canonical");
        }
    } else if (error.isEmpty()) {
        fuzz::fail("a refused DNC file without a reason");
    }
    // Refused or read, the batch file never crashes the page; its refusal is a sentence.
    (void)DncCsvFile::read(scratch.fileName());
    return 0;
}
