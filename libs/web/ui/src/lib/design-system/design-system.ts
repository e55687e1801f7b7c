// The only door to the NL Design System: features import these names from @doorbraak/web-ui, so a
// library upgrade (v12 renames the utrecht-* classes) or another theme touches this folder only.
export {
  Alert,
  Button,
  ActionGroup,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
  OrderedList,
  OrderedListItem,
  NumberBadge,
  Separator,
  Radio,
} from '@rijkshuisstijl-community/components-react';
export type { AlertProps, ButtonProps, HeadingProps, LinkProps } from '@rijkshuisstijl-community/components-react';
