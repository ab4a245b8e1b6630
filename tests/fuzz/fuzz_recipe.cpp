// libFuzzer target: a curation recipe as `featuredesk-cli validate FILE --recipe R` and the
// review's Load recipe… read it; what loads is saved again and must load to the same decisions.

#include "FuzzInput.h"

#include "model/validation/CurationRecipe.h"

#include <cstdlib>

using namespace fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.recipe.json"));
    const Result<CurationRecipe> recipe = CurationRecipe::load(path);
    if (!recipe)
        return 0;
    const Result<CurationRecipe> again
        = CurationRecipe::fromJson(recipe->toJson(), QStringLiteral("again"));
    if (!again || again->decisions.size() != recipe->decisions.size()
        || again->field != recipe->field || again->source != recipe->source)
        std::abort();
    return 0;
}
