import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  render,
  Section,
  Text,
} from "@react-email/components";

export interface ActionEmailContent {
  /** The first line, also the inbox preview. */
  heading: string;
  paragraphs: string[];
  /** The one thing to do, as a button (and its address in the plain-text part). */
  action?: { label: string; url: string };
  /** Small print under the button: how long the link works, what to do if it was not you. */
  footnote?: string;
}

// The app's look, inlined as email clients need: its accent, its neutral text, a white card.
const ACCENT = "#4f46e5";
const styles = {
  body: {
    backgroundColor: "#f6f6f7",
    fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    margin: 0,
    padding: "24px 0",
  },
  card: {
    backgroundColor: "#ffffff",
    border: "1px solid #e4e4e7",
    borderRadius: "12px",
    margin: "0 auto",
    maxWidth: "480px",
    padding: "32px",
  },
  brand: { color: ACCENT, fontSize: "18px", fontWeight: 700, margin: "0 0 24px" },
  heading: { color: "#18181b", fontSize: "22px", fontWeight: 600, lineHeight: "28px", margin: "0 0 16px" },
  text: { color: "#3f3f46", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  button: {
    backgroundColor: ACCENT,
    borderRadius: "8px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  rule: { borderColor: "#e4e4e7", margin: "28px 0 0" },
  footnote: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: "16px 0 0" },
};

export function ActionEmail({ heading, paragraphs, action, footnote }: ActionEmailContent) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{heading}</Preview>
      <Body style={styles.body}>
        <Container style={styles.card}>
          <Text style={styles.brand}>Tally</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {paragraphs.map((paragraph) => (
            <Text key={paragraph} style={styles.text}>
              {paragraph}
            </Text>
          ))}
          {action && (
            <Section>
              <Button href={action.url} style={styles.button}>
                {action.label}
              </Button>
            </Section>
          )}
          {footnote && (
            <>
              <Hr style={styles.rule} />
              <Text style={styles.footnote}>{footnote}</Text>
            </>
          )}
        </Container>
      </Body>
    </Html>
  );
}

/**
 * The email's HTML and its plain-text twin. The text is written here rather than derived from the HTML,
 * so the link stands on a line of its own, whole, for any mail client.
 */
export async function renderActionEmail(content: ActionEmailContent) {
  const html = await render(<ActionEmail {...content} />);
  const text = [
    content.heading,
    ...content.paragraphs,
    content.action ? `${content.action.label}: ${content.action.url}` : null,
    content.footnote,
  ]
    .filter(Boolean)
    .join("\n\n");
  return { html, text };
}
