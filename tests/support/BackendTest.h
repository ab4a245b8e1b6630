#pragma once

#include "tests/support/TestRegistry.h"

#include <QTest>

// The init() every registry test starts with: skip (or, with FEATUREDESK_TEST_PG_REQUIRED=1, fail)
// a backend that is not there, then hand out a fresh registry for the current global data row.
#define FD_BACKEND_INIT(registries, location)                                                      \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, backend);                                                           \
        const QString fdReason_ = (registries).skipReason(backend);                                \
        if (!fdReason_.isEmpty()) {                                                                \
            if (qEnvironmentVariableIntValue("FEATUREDESK_TEST_PG_REQUIRED"))                      \
                QFAIL(qPrintable(fdReason_));                                                      \
            QSKIP(qPrintable(fdReason_));                                                          \
        }                                                                                          \
        (location) = (registries).freshLocation(backend);                                          \
    } while (false)

// FD_BACKEND_INIT, then a new registry at that location, opened (created) into registry.
#define FD_BACKEND_INIT_REGISTRY(registries, location, registry)                                   \
    do {                                                                                           \
        FD_BACKEND_INIT(registries, location);                                                     \
        fd::Registry::OpenOptions fdOptions_;                                                      \
        fdOptions_.createIfMissing = true;                                                         \
        fd::Result<std::unique_ptr<fd::Registry>> fdOpened_                                        \
            = fd::Registry::open(*fd::RegistryLocation::parse(location), fdOptions_);              \
        FD_VERIFY_OK(fdOpened_);                                                                   \
        (registry) = std::move(fdOpened_).value();                                                 \
    } while (false)
