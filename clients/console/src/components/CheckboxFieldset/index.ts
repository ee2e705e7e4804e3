export * from './CheckboxFieldset';
