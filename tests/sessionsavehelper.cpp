// SPDX-License-Identifier: GPL-3.0-or-later
// For tst_sessionsave: saves a session again and again until killed. Each save is one generation: it
// continues from the generation the file holds, and writes (generation % 7) + 1 notes, each saying its
// generation, with a long passage so that a write takes long enough to be killed in the middle.
// `sessionsavehelper FILE once` saves one generation and exits.
#include "workspace/sessionfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Parallax;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 1;
    const QString path = args.at(1);
    const bool once = args.size() > 2 && args.at(2) == u"once"_s;
    QString error;
    int generation = 0;
    if (const auto old = SessionFiles::load(path, &error); old && !old->notes.isEmpty())
        generation = old->notes.first().text.section(u' ', 1, 1).toInt() + 1;
    const QString filler = u"The passage noted on, long enough to take a while to write. "_s.repeated(400);
    for (;; ++generation) {
        SessionFile s;
        s.inputs = { u"/articles/a.txt"_s, u"/articles/b.txt"_s };
        for (int i = 0; i <= generation % 7; ++i) {
            Note n;
            n.id = QString::number(i);
            n.versionKey = s.inputs.first();
            n.passage = filler;
            n.text = u"generation %1 note %2"_s.arg(generation).arg(i);
            n.tags = { u"check"_s };
            s.notes.append(n);
        }
        // The test reads these to tell a kill during a save from one between saves.
        std::printf("saving %d\n", generation);
        std::fflush(stdout);
        if (!SessionFiles::save(s, path, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
        if (once)
            return 0;
    }
}
