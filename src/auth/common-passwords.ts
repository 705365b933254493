// The most common passwords that the length rule alone would let through (8 characters or more), refused at sign-up
// and reset. Source: SecLists, Passwords/Common-Credentials/10k-most-common.txt (D. Miessler et al., MIT licence):
// every entry of 8+ characters among its first ~1,200 lines, in the list's order, plus a few of its digit runs.
// NIST SP 800-63B §5.1.1.2 asks verifiers to refuse passwords found in such "commonly-used" lists.

/** Lower-case common passwords of at least 8 characters. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', '12345678', 'baseball', 'football', 'superman', 'trustno1', 'michelle', 'sunshine', '123456789',
  'starwars', 'computer', 'corvette', 'princess', 'iloveyou', 'maverick', 'samantha', 'steelers', 'whatever',
  'hardcore', 'internet', 'mercedes', 'bigdaddy', 'midnight', '11111111', 'marlboro', 'victoria', 'butthead',
  'startrek', 'liverpoo', 'danielle', 'redskins', 'mountain', '88888888', 'nicholas', 'metallic', 'qwertyui',
  'dolphins', 'cocacola', 'rush2112', 'jonathan', 'scorpion', 'asdfasdf', 'godzilla', 'williams', 'lifehack',
  'platinum', 'garfield', '69696969', 'jordan23', 'bullshit', 'airborne', 'elephant', 'explorer', 'christin',
  'december', 'benjamin', 'dickhead', 'brooklyn', 'redwings', 'michigan', '87654321', 'guinness', 'passw0rd',
  'lasvegas', 'slipknot', 'kimberly', '1q2w3e4r', 'carolina', 'colorado', 'creative', 'asdfghjk', 'poohbear',
  'nintendo', 'november', 'password1', 'lacrosse', 'paradise', 'maryjane', 'spitfire', 'anderson', 'cherokee',
  'drowssap', '1qaz2wsx', 'caroline', 'franklin', 'snickers', 'courtney', 'westside', 'patricia', 'semperfi',
  'freeuser', 'babygirl', 'champion', 'softball', 'security', 'wildcats', 'veronica', 'abcd1234', 'wolverin',
  'remember', 'freepass', 'pearljam', 'peekaboo', 'budlight', 'electric', 'stargate', 'brittany', 'swordfis',
  'blink182', 'virginia', 'passport', 'aaaaaaaa', 'rolltide', 'liverpool', 'chevelle', 'mitchell', 'spiderma',
  'patriots', 'kawasaki', 'airplane', 'elizabet', 'wolfpack', 'lawrence', 'american', 'stingray', 'letmein1',
  'qwerty12', '1234567890', '12341234', '12121212', '99999999', '77777777', '98765432', '22222222', '66666666',
  '11223344', '55555555', '987654321', '21122112', 'q1w2e3r4', 'asdf1234', 'abcdefgh', 'michael1', 'jessica1',
  'yankees1', 'mustang1', '1234qwer', 'babylon5', 'ncc1701d', 'ncc1701e', 'welcome1', '51505150', 'hello123',
  '1passwor', 'mnbvcxz1', 'qwertyuiop', 'password123', 'iloveyou1', '123123123', '00000000', 'qwerty123',
]);
