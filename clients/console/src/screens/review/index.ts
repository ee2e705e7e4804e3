export * from './DocumentReviewScreen';
