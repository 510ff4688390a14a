// Adapts a synthesized CloudFormation template to moto's CloudFormation: resources of types moto
// does not create are dropped, and so is every reference to them (moto skips an unknown type but
// then fails the stack on a Ref or GetAtt to it). Everything dropped is reported, so a test can
// say exactly what it did not deploy.
//
// Rules, applied until nothing changes:
// - a resource of an unsupported type (or Custom::*) is dropped;
// - an intrinsic (Ref, Fn::GetAtt, Fn::Sub ${X}, Fn::Join over them, …) naming a dropped resource
//   or condition is removed as a whole, with the innermost element of a plain list holding it
//   (an ARN in a policy's Resource list, a service registry); when no list holds it, the
//   resource's property would go, and the resource is dropped instead (a resource without a
//   synthesized property is not what was synthesized);
// - DependsOn entries naming a dropped resource are removed;
// - an output or condition referring to a dropped resource (or condition) is dropped, and a
//   resource or output guarded by a dropped condition is dropped.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

export interface CfnResource {
  Type: string;
  Properties?: JsonObject;
  DependsOn?: string | string[];
  Condition?: string;
  [key: string]: Json | undefined;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, JsonObject>;
  Conditions?: Record<string, Json>;
  [key: string]: unknown;
}

export interface DroppedResource {
  id: string;
  type: string;
  /** `unsupported type`, or what it referred to that was dropped. */
  reason: string;
}

export interface RemovedReference {
  /** The resource that keeps living without this element. */
  resource: string;
  /** Where the removed element was, e.g. Properties.ServiceRegistries[0]. */
  path: string;
  /** The dropped resources or conditions it named. */
  to: string[];
}

export interface MotoAdaptation {
  template: CfnTemplate;
  droppedResources: DroppedResource[];
  removedReferences: RemovedReference[];
  removedDependsOn: { resource: string; on: string }[];
  droppedOutputs: { id: string; reason: string }[];
  droppedConditions: { id: string; reason: string }[];
}

const PSEUDO_PREFIX = 'AWS::';

/** Names a value refers to: resources and parameters (Ref, GetAtt, Sub) and conditions. */
export function referencesIn(value: Json): { names: Set<string>; conditions: Set<string> } {
  const names = new Set<string>();
  const conditions = new Set<string>();
  const walk = (v: Json, shadowed: ReadonlySet<string>): void => {
    if (Array.isArray(v)) {
      v.forEach((item) => {
        walk(item, shadowed);
      });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const keys = Object.keys(v);
    if (keys.length === 1) {
      const [key] = keys as [string];
      const arg = v[key] as Json;
      if (key === 'Ref' && typeof arg === 'string') {
        if (!arg.startsWith(PSEUDO_PREFIX) && !shadowed.has(arg)) names.add(arg);
        return;
      }
      if (key === 'Fn::GetAtt') {
        const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
        if (typeof target === 'string') names.add(target);
        if (Array.isArray(arg))
          arg.slice(1).forEach((a) => {
            walk(a, shadowed);
          });
        return;
      }
      if (key === 'Fn::Sub') {
        const [text, variables] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
        const local = new Set(shadowed);
        if (variables && typeof variables === 'object' && !Array.isArray(variables)) {
          Object.keys(variables).forEach((name) => local.add(name));
          walk(variables, shadowed);
        }
        if (typeof text === 'string') {
          for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
            const name = (match[1] ?? '').split('.')[0] ?? '';
            if (!name.startsWith(PSEUDO_PREFIX) && !local.has(name)) names.add(name);
          }
        }
        return;
      }
      if (key === 'Condition' && typeof arg === 'string') {
        conditions.add(arg);
        return;
      }
      if (key === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
        conditions.add(arg[0]);
        arg.slice(1).forEach((a) => {
          walk(a, shadowed);
        });
        return;
      }
    }
    Object.values(v).forEach((item) => {
      walk(item, shadowed);
    });
  };
  walk(value, new Set());
  return { names, conditions };
}

const isIntrinsic = (value: Json): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  /^(Ref|Condition|Fn::.+)$/.test(Object.keys(value)[0] ?? '');

interface Dead {
  resources: ReadonlySet<string>;
  conditions: ReadonlySet<string>;
}

function deadNamesIn(value: Json, dead: Dead): string[] {
  const { names, conditions } = referencesIn(value);
  return [...[...names].filter((n) => dead.resources.has(n)), ...[...conditions].filter((c) => dead.conditions.has(c))].sort();
}

/**
 * Removes from `value` the innermost plain-list elements that refer to something dead. Returns the
 * cleaned value, or `undefined` when the dead reference is not inside any plain list (the caller
 * then has to give up the whole value). Intrinsics are atomic: their argument lists are not
 * plain lists.
 */
function prune(value: Json, dead: Dead, path: string, removed: { path: string; to: string[] }[]): Json | undefined {
  const deadHere = deadNamesIn(value, dead);
  if (deadHere.length === 0) return value;
  if (isIntrinsic(value)) return undefined;
  if (Array.isArray(value)) {
    const kept: Json[] = [];
    value.forEach((item, index) => {
      const cleaned = prune(item, dead, `${path}[${index}]`, removed);
      if (cleaned === undefined) removed.push({ path: `${path}[${index}]`, to: deadNamesIn(item, dead) });
      else kept.push(cleaned);
    });
    return kept;
  }
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = prune(item, dead, `${path}.${key}`, removed);
      if (cleaned === undefined) return undefined;
      out[key] = cleaned;
    }
    return out;
  }
  return value;
}

/** `template` with everything moto's CloudFormation cannot create removed (the input is not changed). */
export function adaptForMoto(input: CfnTemplate, isSupported: (type: string) => boolean): MotoAdaptation {
  const template = structuredClone(input);
  const droppedResources: DroppedResource[] = [];
  const droppedConditions: { id: string; reason: string }[] = [];
  const deadResources = new Set<string>();
  const deadConditions = new Set<string>();
  const dead: Dead = { resources: deadResources, conditions: deadConditions };

  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type.startsWith('Custom::') || !isSupported(resource.Type)) {
      droppedResources.push({ id, type: resource.Type, reason: 'unsupported type' });
      deadResources.add(id);
    }
  }

  // Cascade: conditions and resources that cannot live without something dropped.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, condition] of Object.entries(template.Conditions ?? {})) {
      if (deadConditions.has(id)) continue;
      const names = deadNamesIn(condition, dead);
      if (names.length > 0) {
        droppedConditions.push({ id, reason: `refers to ${names.join(', ')}` });
        deadConditions.add(id);
        changed = true;
      }
    }
    for (const [id, resource] of Object.entries(template.Resources)) {
      if (deadResources.has(id)) continue;
      let reason: string | undefined;
      if (resource.Condition !== undefined && deadConditions.has(resource.Condition))
        reason = `condition ${resource.Condition} was dropped`;
      for (const [key, property] of Object.entries(resource.Properties ?? {})) {
        if (reason) break;
        if (prune(property, dead, key, []) === undefined) reason = `property ${key} refers to ${deadNamesIn(property, dead).join(', ')}`;
      }
      if (reason) {
        droppedResources.push({ id, type: resource.Type, reason });
        deadResources.add(id);
        changed = true;
      }
    }
  }

  const removedReferences: RemovedReference[] = [];
  const removedDependsOn: { resource: string; on: string }[] = [];
  for (const id of deadResources) Reflect.deleteProperty(template.Resources, id);
  for (const id of deadConditions) if (template.Conditions) Reflect.deleteProperty(template.Conditions, id);
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Properties) {
      const removed: { path: string; to: string[] }[] = [];
      resource.Properties = prune(resource.Properties, dead, 'Properties', removed) as JsonObject;
      removed.forEach((r) => removedReferences.push({ resource: id, ...r }));
    }
    if (resource.DependsOn !== undefined) {
      const dependsOn = Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
      const kept = dependsOn.filter((on) => !deadResources.has(on));
      dependsOn.filter((on) => deadResources.has(on)).forEach((on) => removedDependsOn.push({ resource: id, on }));
      if (kept.length === 0) Reflect.deleteProperty(resource, 'DependsOn');
      else if (kept.length < dependsOn.length) resource.DependsOn = kept;
    }
  }

  const droppedOutputs: { id: string; reason: string }[] = [];
  for (const [id, output] of Object.entries(template.Outputs ?? {})) {
    const condition = output.Condition;
    const names = deadNamesIn(output, dead);
    const reason =
      typeof condition === 'string' && deadConditions.has(condition)
        ? `condition ${condition} was dropped`
        : names.length > 0
          ? `refers to ${names.join(', ')}`
          : undefined;
    if (reason && template.Outputs) {
      droppedOutputs.push({ id, reason });
      Reflect.deleteProperty(template.Outputs, id);
    }
  }

  return { template, droppedResources, removedReferences, removedDependsOn, droppedOutputs, droppedConditions };
}
