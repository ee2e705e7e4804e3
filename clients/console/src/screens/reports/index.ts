export * from './AccessReportScreen';
