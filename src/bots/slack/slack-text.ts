/**
 * A Slack message's text as the bot core reads it: the bot's own mention removed, Slack's link
 * markup (`<https://x|label>`, `<mailto:a@b|a@b>`, `<#C1|name>`, `<@U1>`) turned into what a person
 * sees, and `&amp;`, `&lt;`, `&gt;` unescaped.
 */
export function plainTextOf(text: string, botUserId?: string): string {
  const withoutBot = botUserId ? text.split(`<@${botUserId}>`).join(' ') : text;
  return withoutBot
    .replace(/<([^<>|\n]{1,2000})(?:\|([^<>\n]{0,2000}))?>/g, (_m, target: string, label?: string) => {
      if (label) return target.startsWith('#') ? `#${label}` : label;
      if (target.startsWith('mailto:')) return target.slice('mailto:'.length);
      if (target.startsWith('@') || target.startsWith('!')) return '';
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
