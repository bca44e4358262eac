// An unknown role id as a usage error, with a better guess than the
// engine's nearest spelling: "medsec" means medical-secretary, and a role's
// title counts too ("team leader").

import type { UnknownRoleError } from "../engine/assess.js";
import type { Dataset } from "../engine/types.js";
import { UsageError } from "../errors.js";
import { didYouMean } from "../render/did-you-mean.js";

export function unknownRole(e: UnknownRoleError, dataset: Dataset): UsageError {
  const roles = dataset.roles.filter((r) => e.validIds.includes(r.id)).map((r) => ({ id: r.id, names: [r.title] }));
  return new UsageError(`unknown role "${e.roleId}"${didYouMean(e.roleId, roles)}`, e.hint);
}
