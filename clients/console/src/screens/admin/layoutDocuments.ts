import { graphql } from '../../gql';

// The layouts as JSON (K-k): fetched only when an administrator downloads or starts from one (they are large).

export const ActiveFormLayoutQuery = graphql(`
  query AdminActiveFormLayout($kind: NotificationKind!) {
    activeFormLayout(kind: $kind)
  }
`);

// node(id:) does not open a FormLayout (the server's node visibility leaves layouts out): the definitions come from
// the list, and only when one is asked for.
export const FormLayoutDefinitionsQuery = graphql(`
  query AdminFormLayoutDefinitions {
    formLayouts {
      id
      definition
    }
  }
`);
