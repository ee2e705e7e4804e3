export * from './ReceptionScreen';
