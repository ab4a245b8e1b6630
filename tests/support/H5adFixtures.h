#pragma once

// The AnnData files the anndata library wrote for the tests (tests/fixtures/h5ad, with the script
// that wrote them), and what it read back from each (expected.json).

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace fd::test {

// The path of a fixture by its file name; empty when it is not found.
inline QString h5adFixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../fixtures/h5ad/") + name);
}

// expected.json: per fixture, the shape, X and each obs and var column as anndata read them.
inline QJsonObject h5adExpectations()
{
    QFile file(h5adFixture(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace fd::test
