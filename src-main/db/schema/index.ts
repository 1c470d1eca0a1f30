export * from './audit';
export * from './homes';
export * from './settings';
export * from './users';
