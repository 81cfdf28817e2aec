export declare const WORKBENCH_TENANT: {
  readonly clientId: string;
  readonly managementClientId: string;
  readonly managementClientSecret: string;
  readonly sampleAppPath: string;
};

export interface WorkbenchOrigins {
  serverOrigin: string;
  demoOrigin: string;
}

export declare function workbenchTenant(origins: WorkbenchOrigins): Record<string, unknown>;
export declare function workbenchUrl(origins: WorkbenchOrigins): string;
