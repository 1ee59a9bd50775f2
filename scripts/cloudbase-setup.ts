/**
 * `npm run deploy:cloudbase` (scripts/deploy-cloudbase.js runs this): makes a CloudBase environment ready for the
 * storage functions — every collection, the indexes its queries need, and the permission that only the functions
 * (the server SDK) may read or write.
 * Idempotent: a second run finds everything in place and changes nothing. Cold starts make no setup calls
 * (server/store/cloudbase.ts); this is where the setup lives.
 *
 * It talks to @cloudbase/manager-node through the small interface below, which the tests fake.
 */
import { collectionNames } from '../server/store/cloudbase';
import type { Collection } from '../server/store/types';

/** One index: its fields in order with their direction; `unique` where the store relies on a field being unique. */
export interface IndexSpec {
  name: string;
  keys: [field: string, direction: 1 | -1][];
  unique?: boolean;
}

/**
 * The indexes each collection's queries need (server/store/cloudbase.ts: each `where` with its `orderBy`). Every
 * uniqueness the store relies on is a document id (_id, unique by nature): idempotency keys, identity claims and the
 * roster by idHash, payments and audit entries by id, meta by key. So no extra index is unique. A new collection or a
 * new query adds its line here; the type makes forgetting a collection a compile error.
 */
export const INDEXES: Record<Collection, IndexSpec[]> = {
  applications: [
    // An account's own applications, newest first (filer), and those filed for a person it is verified for.
    { name: 'filer_created', keys: [['filerOpenid', 1], ['createdAt', -1], ['id', -1]] },
    { name: 'principal_created', keys: [['principalIdHash', 1], ['createdAt', -1], ['id', -1]] },
    // The staff queue, by status or all of it, in submission order.
    { name: 'status_queue', keys: [['status', 1], ['queueKey', 1], ['id', 1]] },
    { name: 'queue', keys: [['queueKey', 1], ['id', 1]] },
    // A staff member's queue: their office's region (or one area of it), by status, in submission order.
    { name: 'office_queue', keys: [['office.region', 1], ['status', 1], ['queueKey', 1], ['id', 1]] },
    { name: 'office_area_queue', keys: [['office.region', 1], ['office.area', 1], ['status', 1], ['queueKey', 1], ['id', 1]] },
  ],
  audit: [{ name: 'application_at', keys: [['applicationId', 1], ['at', 1], ['id', 1]] }],
  familyMembers: [{ name: 'openid_created', keys: [['openid', 1], ['createdAt', 1], ['id', 1]] }],
  materials: [
    { name: 'application_uploaded', keys: [['applicationId', 1], ['uploadedAt', 1], ['id', 1]] },
    // An account's upload quota.
    { name: 'uploaded_by', keys: [['uploadedBy', 1], ['id', 1]] },
  ],
  idempotency: [],
  identityClaims: [{ name: 'openid_claimed', keys: [['openid', 1], ['claimedAt', 1], ['idHash', 1]] }],
  // Staff's ledger search by name within a region (server/staff/veteran/ledger.ts).
  veteranRoster: [{ name: 'region_name', keys: [['region', 1], ['name', 1], ['idHash', 1]] }],
  veteranLedgers: [],
  veteranPayments: [{ name: 'person_year', keys: [['idHash', 1], ['year', 1], ['date', 1], ['id', 1]] }],
  identityBindings: [
    { name: 'openid_created', keys: [['openid', 1], ['createdAt', 1], ['id', 1]] },
    { name: 'person_created', keys: [['idHash', 1], ['createdAt', 1], ['id', 1]] },
  ],
  bindingEvents: [{ name: 'person_at', keys: [['idHash', 1], ['at', 1], ['id', 1]] }],
  verificationCodes: [],
  rateCounters: [],
  meta: [],
  messages: [
    { name: 'openid_created', keys: [['openid', 1], ['createdAt', -1], ['id', -1]] },
    { name: 'openid_read', keys: [['openid', 1], ['read', 1]] },
  ],
  messageSubscriptions: [],
  // Read and written by id (server/year: a hash of account, person and year); the daily deadline reminder pages
  // through all of them in id order (server/notifications/deadlines.ts).
  yearRecords: [{ name: 'id', keys: [['id', 1]] }],
  // Staff accounts by login within a region (the admin's list); sessions ended per login; the access log newest first.
  staffUsers: [{ name: 'region_login', keys: [['region', 1], ['area', 1], ['login', 1]] }, { name: 'login', keys: [['login', 1]] }],
  staffSessions: [
    { name: 'login', keys: [['login', 1], ['id', 1]] },
    { name: 'login_expires', keys: [['login', 1], ['expiresAt', 1]] },
    // The gateway's and the function's sweep of expired sessions of every login.
    { name: 'expires', keys: [['expiresAt', 1]] },
  ],
  staffAccessLog: [
    { name: 'at', keys: [['at', -1], ['id', -1]] },
    { name: 'region_at', keys: [['staffRegion', 1], ['staffArea', 1], ['at', -1], ['id', -1]] },
  ],
  // Account changes newest first: all, within an administrator's scope, or of one login.
  staffAccountAudit: [
    { name: 'at', keys: [['at', -1], ['id', -1]] },
    { name: 'scope_at', keys: [['targetRegion', 1], ['targetArea', 1], ['at', -1], ['id', -1]] },
    { name: 'target_at', keys: [['target', 1], ['at', -1], ['id', -1]] },
  ],
};

/** 仅管理端可读写: the mini-program never reads the database directly; every access goes through a function. */
export const COLLECTION_PERMISSION = 'ADMINONLY';

interface ManagerIndexInfo {
  Name: string;
  Keys?: { Name?: string; Direction?: string }[];
  Unique?: boolean;
}
interface ManagerCreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
}

/** The part of @cloudbase/manager-node (5.x) this step calls: `manager.database` and `manager.permission`. */
export interface CloudbaseManager {
  database: {
    createCollectionIfNotExists(name: string): Promise<{ IsCreated: boolean }>;
    describeCollection(name: string): Promise<{ Indexes?: ManagerIndexInfo[] }>;
    updateCollection(name: string, info: { CreateIndexes: ManagerCreateIndex[] }): Promise<unknown>;
  };
  permission: {
    describeResourcePermission(o: { resourceType: 'collection'; resources: string[] }): Promise<{
      Data: { PermissionList: { Resource?: string; Permission?: string }[] };
    }>;
    modifyResourcePermission(o: { resourceType: 'collection'; resource: string; permission: typeof COLLECTION_PERMISSION }): Promise<unknown>;
  };
}

/** The UpdateTable shape of an index ("1" ascending, "-1" descending). */
export function managerIndex(spec: IndexSpec): ManagerCreateIndex {
  return {
    IndexName: spec.name,
    MgoKeySchema: { MgoIndexKeys: spec.keys.map(([Name, d]) => ({ Name, Direction: String(d) })), MgoIsUnique: spec.unique === true },
  };
}

function sameIndex(existing: ManagerIndexInfo, spec: IndexSpec): boolean {
  const keys = (existing.Keys ?? []).map((k) => `${k.Name}:${k.Direction}`).join(',');
  return keys === spec.keys.map(([f, d]) => `${f}:${d}`).join(',') && Boolean(existing.Unique) === (spec.unique === true);
}

/** Makes collections, indexes and permissions as planned; returns one line per change (nothing on a second run). */
export async function deployCloudbase(manager: CloudbaseManager, prefix?: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  const names = collectionNames(prefix);
  const changes: string[] = [];
  const note = (line: string) => {
    changes.push(line);
    log(line);
  };
  const collections = Object.keys(INDEXES) as Collection[];
  for (const c of collections) {
    const name = names[c];
    if ((await manager.database.createCollectionIfNotExists(name)).IsCreated) note(`创建集合 ${name}`);
    const wanted = INDEXES[c];
    if (wanted.length === 0) continue;
    const existing = (await manager.database.describeCollection(name)).Indexes ?? [];
    const missing: IndexSpec[] = [];
    for (const spec of wanted) {
      const found = existing.find((i) => i.Name === spec.name);
      if (!found) missing.push(spec);
      // An index of this name with other fields is someone's change: say so rather than drop it.
      else if (!sameIndex(found, spec)) throw new Error(`集合 ${name} 已有名为 ${spec.name} 的索引，但字段不同；请在控制台核对后删除它再运行`);
    }
    if (missing.length > 0) {
      await manager.database.updateCollection(name, { CreateIndexes: missing.map(managerIndex) });
      for (const spec of missing) note(`创建索引 ${name}.${spec.name}`);
    }
  }
  const all = collections.map((c) => names[c]);
  const current = (await manager.permission.describeResourcePermission({ resourceType: 'collection', resources: all })).Data.PermissionList;
  for (const name of all) {
    if (current.find((p) => p.Resource === name)?.Permission === COLLECTION_PERMISSION) continue;
    await manager.permission.modifyResourcePermission({ resourceType: 'collection', resource: name, permission: COLLECTION_PERMISSION });
    note(`设置权限 ${name}：仅管理端可读写`);
  }
  return changes;
}

/** Credentials of the account that deploys (outside CloudBase: permanent keys, or temporary ones with their token). */
export function managerConfigFromEnv(env: NodeJS.ProcessEnv): { envId: string; secretId: string; secretKey: string; token?: string } | null {
  const [secretId, secretKey, token] = env.TENCENTCLOUD_SECRETID
    ? [env.TENCENTCLOUD_SECRETID, env.TENCENTCLOUD_SECRETKEY, env.TENCENTCLOUD_SESSIONTOKEN]
    : [env.TCB_SECRET_ID, env.TCB_SECRET_KEY, env.TCB_SESSION_TOKEN];
  if (!env.TCB_ENV || !secretId || !secretKey) return null;
  return { envId: env.TCB_ENV, secretId, secretKey, ...(token ? { token } : {}) };
}

/** The command: reads the environment, runs the step, prints what changed. Returns the exit code. */
export async function main(
  env: NodeJS.ProcessEnv,
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the manager SDK loads only when the command really runs; tests pass a fake
  makeManager: (config: object) => CloudbaseManager = (config) => new (require('@cloudbase/manager-node'))(config),
  print: (line: string) => void = (line) => console.log(line),
): Promise<number> {
  const config = managerConfigFromEnv(env);
  if (!config) {
    print('请先设置 TCB_ENV、TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（临时密钥另需 TENCENTCLOUD_SESSIONTOKEN）');
    return 1;
  }
  try {
    const changes = await deployCloudbase(makeManager(config), undefined, print);
    print(changes.length === 0 ? `环境 ${config.envId} 已就绪，无需改动` : `环境 ${config.envId}：完成 ${changes.length} 项改动`);
    return 0;
  } catch (error) {
    print(`部署失败：${(error as Error).message}`);
    return 1;
  }
}
