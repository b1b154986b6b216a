// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QStringList>

#include <sys/inotify.h>
#include <unistd.h>

// Watches a folder for any open or read of the files in it (Linux inotify), so a test can prove that a
// loader never touched them.
class AccessWatch
{
public:
    explicit AccessWatch(const QString &dir)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_wd = inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_OPEN | IN_ACCESS);
    }
    ~AccessWatch()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    bool isValid() const { return m_fd >= 0 && m_wd >= 0; }
    // Names of the files opened or read since the last call.
    QStringList touched()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                if (e->len > 0)
                    names.append(QFile::decodeName(e->name));
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        names.removeDuplicates();
        return names;
    }

private:
    int m_fd = -1;
    int m_wd = -1;
};
