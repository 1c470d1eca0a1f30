export * from './audit';
export * from './budget';
export * from './carenotes';
export * from './casefile';
export * from './homes';
export * from './residents';
export * from './settings';
export * from './users';
