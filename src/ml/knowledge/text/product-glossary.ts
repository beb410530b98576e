/**
 * The product's own vocabulary in French, German, Spanish, Portuguese and Italian, in English: a message written in
 * another language ("Combien coûte le plan Business ?", "Funktioniert CRMPro auch ohne Internet?")
 * is searched with the English words of the product vocabulary it names ("how much price plan
 * Business", "CRMPro without internet access"), so the answer the documents hold comes after the
 * note that the assistant understands English. It is no translator: only the words below, and the
 * names the message writes with a capital letter (plan names, "CRMPro", "Slack"), are kept; a
 * message naming none of the product's words is not read at all, so a hostile or meaningless
 * message in another language still gets the language note alone.
 *
 * Entries are matched on lower-case words without accents, as consecutive whole words; the longest
 * phrase wins. Adding a word is a one-line change here.
 */
const GLOSSARY: ReadonlyArray<readonly [english: string, words: string]> = [
  // asking a price
  ['how much', 'combien|wie viel|wieviel|was kostet|cuanto|cuanta|quanto|quanta'],
  [
    'price',
    'prix|tarif|tarifs|tarification|cout|coute|coutent|preis|preise|kostet|kosten|precio|precios|cuesta|cuestan|costo|costa|custa|preco|precos|custam|prezzo|prezzi|costano|listino|tariffa|tariffe',
  ],
  // the plans' names, said in lower case too ("combien coute le plan business")
  ['Business', 'business'],
  ['Enterprise', 'enterprise'],
  [
    'plan',
    'forfait|formule|abonnement|abo|tarifplan|plan|plans|plano|planos|piano|piani|assinatura|abbonamento',
  ],
  [
    'free trial',
    'essai gratuit|periode d essai|version d essai|testversion|probeversion|testphase|kostenlos testen|prueba gratuita|periodo de prueba|version de prueba|teste gratis|teste gratuito|periodo de teste|periodo de avaliacao|avaliacao gratuita|prova gratis|prova gratuita|periodo di prova|versione di prova',
  ],
  ['free', 'gratuit|gratuite|gratuitement|kostenlos|kostenlose|kostenloser|umsonst|gratis|gratuito|gratuita'],
  ['discount', 'remise|reduction|rabatt|ermassigung|descuento|desconto|sconto|sconti'],
  // who gets the discount ("¿tienen descuento para ONG?", "Rabatt für gemeinnützige Vereine?")
  [
    'non-profit',
    'ong|ngo|onlus|association|associations|but non lucratif|sans but lucratif|gemeinnutzig|gemeinnutzige|gemeinnutzigen|gemeinnuetzig|verein|vereine|non profit|nonprofit|sin fines de lucro|sin animo de lucro|sem fins lucrativos|senza scopo di lucro|no profit',
  ],
  // devices and connection
  [
    'mobile app',
    'application mobile|app mobile|appli mobile|handy app|mobile app|aplicacion movil|app movil|aplicativo movel|aplicativo|app para celular|app per cellulare',
  ],
  ['app', 'application|appli|app|aplicacion'],
  [
    'mobile',
    'mobile|mobiles|handy|smartphone|telephone|portable|movil|celular|movel|telemovel|cellulare|telefonino',
  ],
  [
    'without internet access offline',
    'hors ligne|hors connexion|sans internet|sans connexion|ohne internet|ohne internetverbindung|ohne verbindung|sin internet|sin conexion|fuera de linea|sem internet|sem conexao|senza internet|senza connessione|non in linea',
  ],
  ['browser', 'navigateur|navigateurs|browser|navegador|navegadores'],
  // the assistant and its languages
  [
    'languages',
    'langue|langues|langage|sprache|sprachen|idioma|idiomas|lengua|lenguas|lingua|linguas|lingue',
  ],
  ['assistant', 'assistant|assistante|assistent|asistente|chatbot|bot'],
  [
    'understand',
    'comprend|comprenez|parle|parlez|versteht|verstehen|spricht|sprechen|entiende|entienden|habla|hablan|entende|fala|falam|capisce|capite|parla|parlate',
  ],
  // money back, leaving
  [
    'refund',
    'remboursement|rembourser|rembourse|ruckerstattung|erstattung|geld zuruck|reembolso|reembolsar|devolucion|devolucao|rimborso|rimborsare',
  ],
  [
    'cancel',
    'annuler|resilier|resiliation|kundigen|kundigung|stornieren|cancelar|cancelacion|cancelamento|annullare|disdire|disdetta',
  ],
  ['invoice', 'facture|factures|rechnung|rechnungen|factura|facturas|fatura|faturas|fattura|fatture'],
  ['payment', 'paiement|payer|zahlung|bezahlen|pago|pagar|pagamento|pagare'],
  // data and security
  ['data', 'donnees|daten|datos|dados|dati'],
  ['security', 'securite|sicherheit|seguridad|seguranca|sicurezza'],
  ['GDPR', 'rgpd|dsgvo'],
  ['password', 'mot de passe|mots de passe|passwort|kennwort|contrasena|senha'],
  [
    'self-hosted',
    'self hosted|self hosting|auto heberge|auto hebergee|heberger|hebergement|selbst gehostet|selbst gehostete|selbst gehosteten|selbstgehostet|selbstgehostete|selbstgehosteten|selbst hosten|eigenen server|autoalojado|alojar|auto hospedado|hospedar|servidor proprio|nostri server|auto ospitato|ospitare',
  ],
  ['install', 'installer|installation|installieren|instalar|instalacion|instalacao|installare|installazione'],
  // working with it
  ['import', 'importer|importieren|importar|importare'],
  ['export', 'exporter|exportieren|exportar|esportare'],
  ['integration', 'integration|integrations|integrationen|integracion|integraciones'],
  ['support', 'assistance|kundendienst|soporte|suporte|assistenza'],
  ['users', 'utilisateur|utilisateurs|benutzer|nutzer|usuario|usuarios|utente|utenti'],
  ['team', 'equipe|equipo|squadra'],
];

const ENTRIES = GLOSSARY.flatMap(([english, words]) =>
  words.split('|').map((phrase) => ({ english, phrase: phrase.split(' ') })),
)
  // longest phrase first
  .sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * The English words of the product vocabulary a message in another language names, with the names
 * it capitalises (not its first word), in the message's order; undefined when it names none of the
 * product's words.
 */
export function productWordsInEnglish(
  message: string,
  otherLanguageWords: ReadonlySet<string>,
): string | undefined {
  const typed = message.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = typed.map((word) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  const read: string[] = [];
  let named = false;
  for (let i = 0; i < words.length;) {
    const entry = ENTRIES.find(({ phrase }) => phrase.every((word, k) => words[i + k] === word));
    if (entry) {
      if (read[read.length - 1] !== entry.english) read.push(entry.english);
      named = true;
      i += entry.phrase.length;
      continue;
    }
    const word = typed[i]!;
    // A name the message capitalises ("Business", "CRMPro", "Slack"); the first word is capitalised anyway.
    if (i > 0 && /^\p{Lu}/u.test(word) && !otherLanguageWords.has(words[i]!)) read.push(word);
    i += 1;
  }
  return named ? read.join(' ') : undefined;
}
