#pragma once

#include "model/Result.h"

#include <QStringList>

namespace fd {

class Registry;

// The two group roles of a shared lab registry on PostgreSQL: featuredesk_reader may read every
// table, featuredesk_writer may also add, change and delete rows (and is a reader). People log in
// as their own users, made members of one of them by the server's administrator:
//
//     CREATE ROLE alice LOGIN IN ROLE featuredesk_writer;
//
// FeatureDesk then shows what the connected user may do (Registry::isReadOnly). Changing the
// schema stays with the tables' owner (`featuredesk-cli init`).
class RegistryRoles
{
public:
    static constexpr const char *Reader = "featuredesk_reader";
    static constexpr const char *Writer = "featuredesk_writer";

    struct Report
    {
        QStringList created; // roles that did not exist before
        QString database; // whose tables were granted
    };

    // Creates the roles when missing (another server's init may have made them: roles belong to
    // the whole server) and grants them this registry's tables and sequences, now and as later
    // migrations add them. Needs a user allowed to create roles; otherwise says what to ask the
    // administrator for. SQLite registries have no roles: an Invalid error.
    static Result<Report> ensure(Registry &registry);
};

} // namespace fd
