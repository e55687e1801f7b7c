import { AppLink, Heading, Paragraph } from '@doorbraak/web-ui';

// A section that lists linked items (a vastloper's doorbraken, a doorbraak's vastlopers), each with its status.
export const LinkedItems = ({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  items: readonly { id: string; title: string; href: string; status: string }[];
}) => (
  <section className="db-section" aria-labelledby={`${id}-heading`}>
    <Heading level={2} id={`${id}-heading`}>
      {title}
    </Heading>
    {items.length === 0 ? (
      <Paragraph>{empty}</Paragraph>
    ) : (
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <AppLink to={item.href}>{item.title}</AppLink> ({item.status})
          </li>
        ))}
      </ul>
    )}
  </section>
);

