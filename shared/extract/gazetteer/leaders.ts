import type { GazetteerEntry } from './types.ts';

/**
 * Heads of state and government whose names stand for their state's decisions in narrative history ("Eisenhower
 * sent Marines to Lebanon", "President Johnson ordered troops to …", "the Nixon administration"). Each leader is
 * listed under a title ("President Wilson") and full name; `bare` marks surnames distinctive enough to stand alone
 * (not "Wilson", "Johnson", "Ford", "Begin").
 */
interface Leader {
  code: string;
  title: string;
  full: string[];
  bare?: boolean;
}

const LEADERS: readonly Leader[] = [
  // United States
  ...(
    [
      ['Lincoln', ['Abraham Lincoln'], true],
      ['Polk', ['James K. Polk', 'James Polk'], true],
      ['McKinley', ['William McKinley'], true],
      [
        'Roosevelt',
        ['Theodore Roosevelt', 'Franklin D. Roosevelt', 'Franklin Roosevelt', 'Franklin Delano Roosevelt'],
        true,
      ],
      ['Taft', ['William Howard Taft'], true],
      ['Wilson', ['Woodrow Wilson'], false],
      ['Harding', ['Warren G. Harding', 'Warren Harding'], true],
      ['Coolidge', ['Calvin Coolidge'], true],
      ['Hoover', ['Herbert Hoover'], false],
      ['Truman', ['Harry S. Truman', 'Harry Truman'], true],
      ['Eisenhower', ['Dwight D. Eisenhower', 'Dwight Eisenhower'], true],
      ['Kennedy', ['John F. Kennedy'], true],
      ['Johnson', ['Lyndon B. Johnson', 'Lyndon Johnson'], false],
      ['Nixon', ['Richard Nixon', 'Richard M. Nixon'], true],
      ['Ford', ['Gerald Ford', 'Gerald R. Ford'], false],
      ['Carter', ['Jimmy Carter'], false],
      ['Reagan', ['Ronald Reagan'], true],
      ['Bush', ['George H. W. Bush', 'George H.W. Bush', 'George W. Bush'], true],
      ['Clinton', ['Bill Clinton'], true],
      ['Obama', ['Barack Obama'], true],
      ['Trump', ['Donald Trump'], true],
      ['Biden', ['Joe Biden'], true],
    ] as const
  ).map(([surname, full, bare]) => ({ code: 'US', title: `President ${surname}`, full: [...full], bare })),
  { code: 'SU', title: 'Premier Stalin', full: ['Joseph Stalin', 'Stalin'] },
  { code: 'SU', title: 'Premier Khrushchev', full: ['Nikita Khrushchev', 'Khrushchev'] },
  { code: 'SU', title: 'General Secretary Brezhnev', full: ['Leonid Brezhnev', 'Brezhnev'] },
  { code: 'SU', title: 'President Gorbachev', full: ['Mikhail Gorbachev', 'Gorbachev'] },
  { code: 'RU', title: 'President Yeltsin', full: ['Boris Yeltsin', 'Yeltsin'] },
  { code: 'RU', title: 'President Putin', full: ['Vladimir Putin', 'Putin'] },
  { code: 'RU', title: 'President Medvedev', full: ['Dmitry Medvedev'] },
  { code: 'GB', title: 'Prime Minister Churchill', full: ['Winston Churchill', 'Churchill'] },
  { code: 'GB', title: 'Prime Minister Thatcher', full: ['Margaret Thatcher', 'Thatcher'] },
  { code: 'GB', title: 'Prime Minister Blair', full: ['Tony Blair'] },
  { code: 'FR', title: 'President de Gaulle', full: ['Charles de Gaulle', 'de Gaulle'] },
  { code: 'FR', title: 'President Mitterrand', full: ['François Mitterrand', 'Francois Mitterrand', 'Mitterrand'] },
  { code: 'FR', title: 'President Macron', full: ['Emmanuel Macron', 'Macron'] },
  { code: 'DE', title: 'Chancellor Hitler', full: ['Adolf Hitler', 'Hitler'] },
  { code: 'DE', title: 'Chancellor Merkel', full: ['Angela Merkel', 'Merkel'] },
  { code: 'CN', title: 'Chairman Mao', full: ['Mao Zedong', 'Mao Tse-tung'] },
  {
    code: 'TR',
    title: 'President Erdoğan',
    full: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'],
  },
  { code: 'IL', title: 'Prime Minister Netanyahu', full: ['Benjamin Netanyahu', 'Netanyahu'] },
  {
    code: 'UA',
    title: 'President Zelensky',
    full: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy'],
  },
  { code: 'SY', title: 'President Assad', full: ['Bashar al-Assad', 'Hafez al-Assad'] },
  { code: 'IQ', title: 'President Saddam Hussein', full: ['Saddam Hussein', 'Saddam'] },
  { code: 'EG', title: 'President Nasser', full: ['Gamal Abdel Nasser', 'Nasser'] },
  { code: 'EG', title: 'President Sadat', full: ['Anwar Sadat', 'Anwar el-Sadat', 'Sadat'] },
  { code: 'LY', title: 'Colonel Gaddafi', full: ['Muammar Gaddafi', 'Gaddafi', 'Qaddafi'] },
  { code: 'MX', title: 'President Santa Anna', full: ['Antonio López de Santa Anna', 'Santa Anna'] },
  { code: 'FR', title: 'Emperor Napoleon', full: ['Napoleon Bonaparte', 'Napoleon III', 'Napoleon'] },
  { code: 'FR', title: 'President Chirac', full: ['Jacques Chirac', 'Chirac'] },
  { code: 'FR', title: 'President Sarkozy', full: ['Nicolas Sarkozy', 'Sarkozy'] },
  { code: 'FR', title: 'President Hollande', full: ['François Hollande', 'Francois Hollande', 'Hollande'] },
  { code: 'GB', title: 'Prime Minister Attlee', full: ['Clement Attlee', 'Attlee'] },
  { code: 'GB', title: 'Prime Minister Eden', full: ['Anthony Eden'] },
  { code: 'GB', title: 'Prime Minister Macmillan', full: ['Harold Macmillan'] },
  { code: 'GB', title: 'Prime Minister Cameron', full: ['David Cameron'] },
  { code: 'GB', title: 'Prime Minister Lloyd George', full: ['David Lloyd George', 'Lloyd George'] },
  { code: 'DE', title: 'Kaiser Wilhelm', full: ['Wilhelm II', 'Kaiser Wilhelm II'] },
  { code: 'DE', title: 'Chancellor Bismarck', full: ['Otto von Bismarck', 'Bismarck'] },
  { code: 'IT', title: 'Prime Minister Mussolini', full: ['Benito Mussolini', 'Mussolini'] },
  { code: 'ES', title: 'General Franco', full: ['Francisco Franco'] },
  { code: 'TR', title: 'President Atatürk', full: ['Mustafa Kemal Atatürk', 'Mustafa Kemal', 'Atatürk', 'Ataturk'] },
  { code: 'IN', title: 'Prime Minister Nehru', full: ['Jawaharlal Nehru', 'Nehru'] },
  { code: 'IN', title: 'Prime Minister Indira Gandhi', full: ['Indira Gandhi'] },
  { code: 'IN', title: 'Prime Minister Rajiv Gandhi', full: ['Rajiv Gandhi'] },
  { code: 'IL', title: 'Prime Minister Ben-Gurion', full: ['David Ben-Gurion', 'Ben-Gurion'] },
  { code: 'IL', title: 'Prime Minister Rabin', full: ['Yitzhak Rabin', 'Rabin'] },
  { code: 'IL', title: 'Prime Minister Sharon', full: ['Ariel Sharon'] },
  { code: 'IL', title: 'Prime Minister Olmert', full: ['Ehud Olmert', 'Olmert'] },
  { code: 'IL', title: 'Prime Minister Barak', full: ['Ehud Barak'] },
  { code: 'IL', title: 'Prime Minister Begin', full: ['Menachem Begin'] },
  { code: 'YU', title: 'President Tito', full: ['Josip Broz Tito', 'Tito'] },
  {
    code: 'RS',
    title: 'President Milošević',
    full: ['Slobodan Milošević', 'Slobodan Milosevic', 'Milošević', 'Milosevic'],
  },
  { code: 'CU', title: 'President Castro', full: ['Fidel Castro'] },
  { code: 'IR', title: 'Ayatollah Khomeini', full: ['Ruhollah Khomeini', 'Khomeini'] },
  { code: 'RW', title: 'President Kagame', full: ['Paul Kagame', 'Kagame'] },
  { code: 'UG', title: 'President Museveni', full: ['Yoweri Museveni', 'Museveni'] },
  { code: 'CD', title: 'President Mobutu', full: ['Mobutu Sese Seko', 'Mobutu'] },
  { code: 'BY', title: 'President Lukashenko', full: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko'] },
  { code: 'AZ', title: 'President Aliyev', full: ['Ilham Aliyev', 'Heydar Aliyev', 'Aliyev'] },
  { code: 'AM', title: 'Prime Minister Pashinyan', full: ['Nikol Pashinyan', 'Pashinyan'] },
  { code: 'UA', title: 'President Poroshenko', full: ['Petro Poroshenko', 'Poroshenko'] },
  { code: 'UA', title: 'President Yanukovych', full: ['Viktor Yanukovych', 'Yanukovych'] },
  { code: 'SA', title: 'King Salman', full: ['Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'] },
  { code: 'AU', title: 'Prime Minister Menzies', full: ['Robert Menzies', 'Menzies'] },
  { code: 'AU', title: 'Prime Minister Whitlam', full: ['Gough Whitlam', 'Whitlam'] },
  { code: 'AU', title: 'Prime Minister Howard', full: ['John Howard'] },
  { code: 'AU', title: 'Prime Minister Albanese', full: ['Anthony Albanese', 'Albanese'] },
  { code: 'NZ', title: 'Prime Minister Holyoake', full: ['Keith Holyoake', 'Holyoake'] },
  { code: 'NZ', title: 'Prime Minister Ardern', full: ['Jacinda Ardern', 'Ardern'] },
  { code: 'CA', title: 'Prime Minister Pearson', full: ['Lester Pearson', 'Lester B. Pearson'] },
  { code: 'CA', title: 'Prime Minister Trudeau', full: ['Pierre Trudeau', 'Justin Trudeau', 'Trudeau'] },
  { code: 'GB', title: 'Prime Minister Wilson', full: ['Harold Wilson'] },
  { code: 'GB', title: 'Prime Minister Heath', full: ['Edward Heath'] },
  { code: 'GB', title: 'Prime Minister Major', full: ['John Major'] },
  { code: 'GB', title: 'Prime Minister Starmer', full: ['Keir Starmer', 'Starmer'] },
  { code: 'DE', title: 'Chancellor Adenauer', full: ['Konrad Adenauer', 'Adenauer'] },
  { code: 'DE', title: 'Chancellor Kohl', full: ['Helmut Kohl'] },
  { code: 'DE', title: 'Chancellor Schröder', full: ['Gerhard Schröder', 'Gerhard Schroeder'] },
  { code: 'DE', title: 'Chancellor Scholz', full: ['Olaf Scholz', 'Scholz'] },
  { code: 'FR', title: 'President Pompidou', full: ['Georges Pompidou', 'Pompidou'] },
  { code: 'FR', title: 'President Giscard', full: ["Valéry Giscard d'Estaing", "Valery Giscard d'Estaing"] },
  { code: 'IT', title: 'Prime Minister Berlusconi', full: ['Silvio Berlusconi', 'Berlusconi'] },
  { code: 'IT', title: 'Prime Minister Meloni', full: ['Giorgia Meloni', 'Meloni'] },
  { code: 'JP', title: 'Prime Minister Kishida', full: ['Fumio Kishida', 'Kishida'] },
  { code: 'IN', title: 'Prime Minister Modi', full: ['Narendra Modi', 'Modi'] },
  { code: 'IN', title: 'Prime Minister Vajpayee', full: ['Atal Bihari Vajpayee', 'Vajpayee'] },
  { code: 'PK', title: 'President Musharraf', full: ['Pervez Musharraf', 'Musharraf'] },
  { code: 'PK', title: 'President Zia', full: ['Zia-ul-Haq', 'Muhammad Zia-ul-Haq'] },
  { code: 'CN', title: 'President Xi', full: ['Xi Jinping'] },
  { code: 'CN', title: 'Chairman Deng', full: ['Deng Xiaoping'] },
  { code: 'ID', title: 'President Sukarno', full: ['Sukarno'] },
  { code: 'ID', title: 'President Suharto', full: ['Suharto'] },
  { code: 'VN', title: 'President Ho Chi Minh', full: ['Ho Chi Minh'] },
  { code: 'ZA', title: 'President Mandela', full: ['Nelson Mandela'] },
  { code: 'NG', title: 'President Obasanjo', full: ['Olusegun Obasanjo', 'Obasanjo'] },
  { code: 'ET', title: 'Prime Minister Abiy', full: ['Abiy Ahmed'] },
  { code: 'TZ', title: 'President Nyerere', full: ['Julius Nyerere', 'Nyerere'] },
  { code: 'CU', title: 'President Batista', full: ['Fulgencio Batista'] },
  { code: 'AR', title: 'General Galtieri', full: ['Leopoldo Galtieri', 'Galtieri'] },
  { code: 'KP', title: 'Chairman Kim Il Sung', full: ['Kim Il Sung', 'Kim Il-sung'] },
  { code: 'KP', title: 'Chairman Kim Jong Un', full: ['Kim Jong Un', 'Kim Jong-un'] },
  { code: 'KR', title: 'President Rhee', full: ['Syngman Rhee'] },
  { code: 'KR', title: 'President Park Chung-hee', full: ['Park Chung-hee', 'Park Chung Hee'] },
  { code: 'IR', title: 'Shah Mohammad Reza Pahlavi', full: ['Mohammad Reza Pahlavi'] },
  { code: 'JO', title: 'King Hussein', full: ['King Hussein of Jordan'] },
];

/** Each leader's surface forms as actors for `stateName(code)`. */
export function leaderEntries(stateName: (code: string) => string | undefined): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const l of LEADERS) {
    const name = stateName(l.code);
    if (!name) continue;
    const surname = l.title.split(' ').pop()!;
    const forms = [l.title, ...l.full, ...(l.bare ? [surname] : [])];
    for (const f of forms) out.push([f, { kind: 'leader', name, code: l.code }]);
  }
  return out;
}
