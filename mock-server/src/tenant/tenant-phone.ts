import type { PhoneConfig } from '../config/phone.ts';
import { randomHex, sha256Hex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';
import { readCache, type ReadCache } from './read-cache.ts';
import type {
  PhoneProviderInput,
  StoredPhoneProvider,
} from '../phone-settings/provider-settings.ts';
import type {
  PhoneTemplateInput,
  PhoneTemplateType,
  StoredPhoneTemplate,
} from '../phone-settings/template-settings.ts';

/**
 * The tenant's phone providers and phone templates. The configuration seeds them; after that they
 * live in the store, where the Management API changes them. An entry whose configuration text
 * changed since it was seeded is written again, so editing the file takes effect on restart.
 */
export interface TenantPhone {
  ready: Promise<void>;
  listProviders(): Promise<StoredPhoneProvider[]>;
  findProvider(id: string): Promise<StoredPhoneProvider | undefined>;
  /** The provider that delivers messages: the first one that is not disabled. */
  activeProvider(): Promise<StoredPhoneProvider | undefined>;
  saveProvider(provider: StoredPhoneProvider): Promise<void>;
  deleteProvider(id: string): Promise<boolean>;
  newProviderId(): string;
  listTemplates(): Promise<StoredPhoneTemplate[]>;
  findTemplate(id: string): Promise<StoredPhoneTemplate | undefined>;
  /** The enabled template of a type, if the tenant has one. */
  activeTemplate(type: PhoneTemplateType): Promise<StoredPhoneTemplate | undefined>;
  saveTemplate(template: StoredPhoneTemplate): Promise<void>;
  deleteTemplate(id: string): Promise<boolean>;
  newTemplateId(): string;
}

interface SeedRecord {
  fingerprint: string;
}

/** Runs a write, then forgets what `cache` read before it (also when it fails halfway). */
async function clearingAfter<T>(cache: ReadCache<unknown>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    cache.clear();
  }
}

export function createTenantPhone(
  store: Store,
  phone: PhoneConfig,
  tenantName: string,
  now: () => number,
): TenantPhone {
  const seedOne = async (
    kind: 'phone_providers' | 'phone_templates',
    id: string,
    entry: PhoneProviderInput | PhoneTemplateInput,
    document: StoredPhoneProvider | StoredPhoneTemplate,
  ) => {
    const fingerprint = await sha256Hex(JSON.stringify(entry));
    const seed = await store.getDocument<SeedRecord>('seeds', `${kind}:${id}`);
    if (seed?.fingerprint === fingerprint) return;
    await store.putDocument(kind, id, document);
    await store.putDocument<SeedRecord>('seeds', `${kind}:${id}`, { fingerprint });
  };
  const ready = (async () => {
    const at = new Date(now()).toISOString();
    for (const provider of phone.providers) {
      const id = `pro_${(await sha256Hex(`phone-provider:${provider.name}`)).slice(0, 16)}`;
      const document = {
        ...provider,
        id,
        tenant: tenantName,
        channel: 'phone',
        created_at: at,
        updated_at: at,
      } as StoredPhoneProvider;
      await seedOne('phone_providers', id, provider, document);
    }
    for (const template of phone.templates) {
      const id = `tem_${(await sha256Hex(`phone-template:${template.type}`)).slice(0, 16)}`;
      const document: StoredPhoneTemplate = {
        ...template,
        id,
        tenant: tenantName,
        channel: 'phone',
        customizable: true,
      };
      await seedOne('phone_templates', id, template, document);
    }
  })();
  // Callers await `ready`; this only keeps a failed seed from being reported as unhandled too.
  ready.catch(() => {});

  const listProviders = async () => {
    await ready;
    return store.listDocuments<StoredPhoneProvider>('phone_providers');
  };
  const listTemplates = async () => {
    await ready;
    return store.listDocuments<StoredPhoneTemplate>('phone_templates');
  };
  // Every start reads the active provider and template: kept as clients and connections are
  // (tenant.ts), until a write through here or for the store's cacheMaxAgeMs. The Management
  // API's own reads go to the store.
  const providers = readCache(listProviders, store.cacheMaxAgeMs);
  const templates = readCache(listTemplates, store.cacheMaxAgeMs);
  return {
    ready,
    listProviders,
    async findProvider(id) {
      await ready;
      return store.getDocument<StoredPhoneProvider>('phone_providers', id);
    },
    async activeProvider() {
      return (await providers.get()).find((provider) => !provider.disabled);
    },
    saveProvider: (provider) =>
      clearingAfter(providers, () => store.putDocument('phone_providers', provider.id, provider)),
    deleteProvider: (id) =>
      clearingAfter(providers, () => store.deleteDocument('phone_providers', id)),
    newProviderId: () => `pro_${randomHex(8)}`,
    listTemplates,
    async findTemplate(id) {
      await ready;
      return store.getDocument<StoredPhoneTemplate>('phone_templates', id);
    },
    async activeTemplate(type) {
      return (await templates.get()).find(
        (template) => template.type === type && !template.disabled,
      );
    },
    saveTemplate: (template) =>
      clearingAfter(templates, () => store.putDocument('phone_templates', template.id, template)),
    deleteTemplate: (id) =>
      clearingAfter(templates, () => store.deleteDocument('phone_templates', id)),
    newTemplateId: () => `tem_${randomHex(8)}`,
  };
}
