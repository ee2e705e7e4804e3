export * from './TextareaField';
