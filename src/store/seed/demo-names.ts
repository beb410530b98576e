import type { Region } from '../../vocabulary';

/** The comma-separated items of a word list (kept as text so the lists stay compact). */
function words(list: string): readonly string[] {
  return list
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

/** Given names and family names common in each region, for contacts and leads. */
export const PEOPLE_NAMES: Readonly<Record<Region, { first: readonly string[]; last: readonly string[] }>> = {
  NA: {
    first: words(`
  James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, William,
  Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Christopher, Karen, Daniel, Lisa,
  Matthew, Nancy, Anthony, Betty, Mark, Sandra, Steven, Ashley, Andrew, Emily, Joshua, Michelle,
  Kevin, Amanda, Brian, Melissa, Ryan, Rebecca, Tyler, Laura, Brandon, Megan
`),
    last: words(`
  Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
  Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King,
  Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips,
  Campbell, Parker, Evans, Edwards, Collins, Stewart, Murphy, Cook, Nguyen
`),
  },
  EMEA: {
    first: words(`
  Oliver, Amelia, Harry, Isla, George, Ava, Lukas, Hannah, Felix, Lea, Maximilian, Sophie, Louis,
  Camille, Hugo, Chloe, Lucas, Emma, Daan, Sanne, Pablo, Lucia, Javier, Elena, Sean, Aoife, Erik,
  Astrid, Omar, Layla, Thabo, Naledi, Marco, Giulia, Jakub, Zofia
`),
    last: words(`
  Hughes, Wood, Walsh, O'Brien, Murray, Fletcher, Muller, Schmidt, Schneider, Fischer, Weber,
  Wagner, Becker, Dubois, Lefebvre, Moreau, Girard, Bernard, de Vries, Jansen, Bakker, Garcia,
  Martinez, Lopez, Sanchez, Johansson, Lindberg, Andersson, Al Mansouri, Haddad, Nkosi, Dlamini,
  Rossi, Bianchi, Kowalski, Novak
`),
  },
  APAC: {
    first: words(`
  Hiroshi, Yuki, Takumi, Sakura, Kenta, Aiko, Wei, Mei, Jun, Xin, Arjun, Priya, Rahul, Ananya,
  Vikram, Kavya, Jack, Charlotte, Noah, Olivia, Ethan, Mia, Aroha, Tane, Hana, Ravi, Deepa, Kai,
  Min-jun, Ji-woo
`),
    last: words(`
  Sato, Suzuki, Takahashi, Tanaka, Ito, Yamamoto, Nakamura, Kobayashi, Lim, Tan, Ng, Wong, Lee,
  Chua, Sharma, Patel, Gupta, Iyer, Reddy, Nair, Singh, Menon, Kelly, Walsh, Mitchell, Ngata,
  Parata, Kim, Park, Choi
`),
  },
  LATAM: {
    first: words(`
  Mateo, Sofia, Santiago, Valentina, Sebastian, Isabella, Matias, Camila, Nicolas, Mariana,
  Alejandro, Gabriela, Diego, Daniela, Joao, Ana, Pedro, Beatriz, Rafael, Larissa, Lucas,
  Fernanda, Andres, Paula, Tomas, Julieta, Gustavo, Renata
`),
    last: words(`
  Silva, Santos, Oliveira, Souza, Pereira, Costa, Almeida, Gomes, Ribeiro, Carvalho, Hernandez,
  Gonzalez, Rodriguez, Ramirez, Torres, Flores, Rivera, Morales, Ortiz, Castro, Vargas, Rojas,
  Munoz, Fernandez, Alvarez, Romero, Herrera, Medina
`),
  },
};

/** First halves of brand-like company names ("North" + "wind"). */
export const BRAND_PREFIXES = words(`
  North, Blue, Bright, Clear, Silver, Iron, Summit, Pioneer, Evergreen, Granite, Harbor, Cedar,
  Maple, Falcon, Eagle, Apex, Vertex, Nova, Stellar, Quantum, Vector, Atlas, Orion, Zenith,
  Horizon, Pacific, Atlantic, Redwood, Sterling, Crescent, Keystone, Liberty, Meridian, Pinnacle,
  River, Lake, High, Golden, Crystal, Sapphire, Emerald, Copper, Oak, Willow, Aspen, Beacon,
  Cobalt, Delta, Echo, Fusion, Nimbus, Polar, Prairie, Sierra, Terra, Union, Vista, West, Bay,
  Stone, True, Swift, Bold, Alder, Birch, Coral, Ember, Frost, Glacier, Hawk
`);

/** Second halves of brand-like company names. */
export const BRAND_ROOTS = words(`
  wave, point, stone, field, bridge, light, path, gate, works, line, core, spring, view, crest,
  peak, ridge, port, haven, forge, mark, wind, brook, vale, star
`);

/** Family names used in company names ("Hartley Manufacturing", "Prescott & Langford"). */
export const COMPANY_SURNAMES = words(`
  Hartley, Whitmore, Caldwell, Prescott, Langford, Ashford, Bennett, Sinclair, Holloway, Thornton,
  Kessler, Brandt, Moreau, Duval, Navarro, Castillo, Okafor, Tanaka, Mehta, Kapoor, Lindqvist,
  Rossi, Ferreira, Whitaker, Donovan, Harrington, Mercer, Radcliffe, Sullivan, Fairbanks,
  Lockwood, Pemberton, Carver, Blackwell, Ramsey, Winslow, Hale, Dalton, Everett, Marlowe
`);

/** Places used in public-sector and regional company names. */
export const PLACE_NAMES = words(`
  Springfield, Riverside, Fairview, Greenville, Franklin, Clinton, Georgetown, Salem, Madison,
  Oakland, Ashland, Bristol, Dover, Kingston, Milton, Newport, Oxford, Lancaster, Chester,
  Burlington, Lexington, Hudson, Marion, Windsor, Jackson, Auburn, Canton, Dayton, Lincoln,
  Monroe
`);
