// Placeholder entry point until the app shell lands.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "kakiyo-desk " << KAKIYO_VERSION << "\n";
    return 0;
}
