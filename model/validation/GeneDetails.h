#pragma once

#include "model/Result.h"
#include "model/validation/Validation.h"

namespace fd {

class Registry;

// What a review shows beside the gene names of a report, read from the registry after checking
// (on the worker that checked, never on the GUI thread): each candidate's and suggestion's
// description and type, and for a value shaped like another gene field's (an Ensembl or NCBI id
// among symbols, which the Validator marks with a hint), the gene that field names, its value in
// the field checked and a note that says what to do. Two or three statements, whatever the size
// of the report.
class GeneDetails
{
public:
    static Status fill(Registry &registry, const QString &organism, ValidationReport &report);

    // The key the registry files a value under in field: an Ensembl id without its version and in
    // capitals, anything else (another database's id, FBgn0031208) trimmed.
    static QString keyOf(ValidationField field, const QString &value);
};

} // namespace fd
