import { graphql } from '../../gql';

// 見本から定義体を作成 (B2): a scanned sample, the boxes drawn on it, and the template the server builds from them.

export const SampleDocumentFields = graphql(`
  fragment SampleDocumentFields on SourceDocument {
    id
    filename
    contentType
    documentType
    status
    createdAt
    url
  }
`);

export const SampleDocumentsQuery = graphql(`
  query AdminSampleDocuments {
    sourceDocuments(first: 20) {
      edges {
        node {
          ...SampleDocumentFields
        }
      }
    }
  }
`);

export const UploadSampleMutation = graphql(`
  mutation AdminUploadSample($documentType: String, $file: Upload!) {
    scanDocument(documentType: $documentType, file: $file) {
      ...SampleDocumentFields
    }
  }
`);

export const CreateTemplateFromSampleMutation = graphql(`
  mutation AdminCreateTemplateFromSample($input: OcrTemplateFromSampleInput!) {
    createOcrTemplateFromSample(input: $input) {
      ref
      templateID
      version
      name
      documentTypeLabel
      media
    }
  }
`);
