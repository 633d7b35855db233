import { LOCALES, type Locale } from '@blmk/shared-types';

/**
 * Every word the newsletter mails add around the CMS's content, in each site language:
 * a subscriber reads their mails in the language they subscribed in (the brief itself
 * in its translation when there is one, see sends.ts).
 */
export interface MailWords {
  confirmSubject: string;
  confirmLines: [string, string];
  confirmButton: string;
  alreadySubject: string;
  alreadyLines: [string, string];
  alreadyButton: string;
  buttonFallback: string;
  footer: string;
  unsubscribe: string;
  changeChoices: string;
  readBrief: string;
  readMoreAbout: (title: string) => string;
  readMore: string;
  preview: (title: string) => string;
  closingDate: (date: string) => string;
  digestSubject: (date: string) => string;
  digestIntro: string;
  newVacancies: string;
  upcomingEvents: string;
  allVacancies: string;
  allEvents: string;
}

const WORDS: Record<Locale, MailWords> = {
  en: {
    confirmSubject: 'Confirm your subscription',
    confirmLines: [
      'Someone, hopefully you, asked to receive news from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership at this address.',
      'Confirm within 48 hours to start receiving it. If it was not you, ignore this message: nothing will be sent.',
    ],
    confirmButton: 'Confirm your subscription',
    alreadySubject: 'You are already subscribed',
    alreadyLines: [
      'Someone asked to subscribe this address to news from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership. It is already subscribed.',
      'You can change what you receive, or unsubscribe, on your preferences page.',
    ],
    alreadyButton: 'Change your preferences',
    buttonFallback: 'If the button does not work, copy this address into your browser:',
    footer: 'You receive this because you subscribed to news from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership.',
    unsubscribe: 'Unsubscribe',
    changeChoices: 'Change what you receive',
    readBrief: 'Read this brief on our website',
    readMoreAbout: (title) => `Read more about ${title}`,
    readMore: 'Read more',
    preview: (title) => `${title}: the latest from the BLMK Health and Care Partnership`,
    closingDate: (date) => `Closing date: ${date}`,
    digestSubject: (date) => `This week from BLMK: ${date}`,
    digestIntro: 'What is new from the Bedfordshire, Luton and Milton Keynes Health and Care Partnership this week, on the topics you chose.',
    newVacancies: 'New vacancies',
    upcomingEvents: 'Upcoming events',
    allVacancies: 'See all vacancies',
    allEvents: 'See all events',
  },
  pl: {
    confirmSubject: 'Potwierdź subskrypcję',
    confirmLines: [
      'Ktoś (mamy nadzieję, że Ty) poprosił o przesyłanie na ten adres wiadomości od Partnerstwa na rzecz Zdrowia i Opieki Bedfordshire, Luton i Milton Keynes.',
      'Potwierdź w ciągu 48 godzin, aby zacząć je otrzymywać. Jeśli to nie Ty, zignoruj tę wiadomość: nic nie zostanie wysłane.',
    ],
    confirmButton: 'Potwierdź subskrypcję',
    alreadySubject: 'Ten adres jest już zapisany',
    alreadyLines: [
      'Ktoś poprosił o zapisanie tego adresu na wiadomości od Partnerstwa na rzecz Zdrowia i Opieki Bedfordshire, Luton i Milton Keynes. Ten adres jest już zapisany.',
      'Na stronie ustawień możesz zmienić, co otrzymujesz, albo wypisać się.',
    ],
    alreadyButton: 'Zmień ustawienia',
    buttonFallback: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
    footer: 'Otrzymujesz tę wiadomość, ponieważ ten adres zapisano na wiadomości od Partnerstwa na rzecz Zdrowia i Opieki Bedfordshire, Luton i Milton Keynes.',
    unsubscribe: 'Wypisz się',
    changeChoices: 'Zmień, co otrzymujesz',
    readBrief: 'Przeczytaj ten biuletyn na naszej stronie',
    readMoreAbout: (title) => `Więcej: ${title}`,
    readMore: 'Więcej',
    preview: (title) => `${title}: najnowsze wiadomości od BLMK Health and Care Partnership`,
    closingDate: (date) => `Termin składania aplikacji: ${date}`,
    digestSubject: (date) => `Ten tydzień w BLMK: ${date}`,
    digestIntro: 'Nowości tego tygodnia od Partnerstwa na rzecz Zdrowia i Opieki Bedfordshire, Luton i Milton Keynes, na wybrane przez Ciebie tematy.',
    newVacancies: 'Nowe oferty pracy',
    upcomingEvents: 'Nadchodzące wydarzenia',
    allVacancies: 'Zobacz wszystkie oferty pracy',
    allEvents: 'Zobacz wszystkie wydarzenia',
  },
  ur: {
    confirmSubject: 'اپنی رکنیت کی تصدیق کریں',
    confirmLines: [
      'کسی نے، امید ہے کہ آپ نے، اس پتے پر بیڈفورڈشائر، لوٹن اور ملٹن کینز ہیلتھ اینڈ کیئر پارٹنرشپ کی خبریں حاصل کرنے کی درخواست کی ہے۔',
      'خبریں حاصل کرنا شروع کرنے کے لیے 48 گھنٹوں کے اندر تصدیق کریں۔ اگر یہ آپ نہیں تھے تو اس پیغام کو نظر انداز کریں: کچھ نہیں بھیجا جائے گا۔',
    ],
    confirmButton: 'اپنی رکنیت کی تصدیق کریں',
    alreadySubject: 'یہ پتہ پہلے سے رکن ہے',
    alreadyLines: [
      'کسی نے اس پتے کو بیڈفورڈشائر، لوٹن اور ملٹن کینز ہیلتھ اینڈ کیئر پارٹنرشپ کی خبروں کا رکن بنانے کی درخواست کی۔ یہ پتہ پہلے سے رکن ہے۔',
      'آپ اپنی ترجیحات کے صفحے پر بدل سکتے ہیں کہ آپ کو کیا موصول ہو، یا رکنیت ختم کر سکتے ہیں۔',
    ],
    alreadyButton: 'اپنی ترجیحات تبدیل کریں',
    buttonFallback: 'اگر بٹن کام نہ کرے تو یہ پتہ اپنے براؤزر میں کاپی کریں:',
    footer: 'آپ کو یہ پیغام اس لیے ملا ہے کہ اس پتے نے بیڈفورڈشائر، لوٹن اور ملٹن کینز ہیلتھ اینڈ کیئر پارٹنرشپ کی خبروں کی رکنیت لی ہے۔',
    unsubscribe: 'رکنیت ختم کریں',
    changeChoices: 'تبدیل کریں کہ آپ کو کیا موصول ہو',
    readBrief: 'یہ بریف ہماری ویب سائٹ پر پڑھیں',
    readMoreAbout: (title) => `${title} کے بارے میں مزید پڑھیں`,
    readMore: 'مزید پڑھیں',
    preview: (title) => `${title}: BLMK ہیلتھ اینڈ کیئر پارٹنرشپ کی تازہ ترین خبریں`,
    closingDate: (date) => `آخری تاریخ: ${date}`,
    digestSubject: (date) => `BLMK سے اس ہفتے: ${date}`,
    digestIntro: 'اس ہفتے بیڈفورڈشائر، لوٹن اور ملٹن کینز ہیلتھ اینڈ کیئر پارٹنرشپ کی نئی خبریں، آپ کے منتخب کردہ موضوعات پر۔',
    newVacancies: 'نئی آسامیاں',
    upcomingEvents: 'آنے والی تقریبات',
    allVacancies: 'تمام آسامیاں دیکھیں',
    allEvents: 'تمام تقریبات دیکھیں',
  },
  ro: {
    confirmSubject: 'Confirmați abonarea',
    confirmLines: [
      'Cineva (sperăm că dumneavoastră) a cerut să primească la această adresă noutăți de la Parteneriatul pentru Sănătate și Îngrijire Bedfordshire, Luton și Milton Keynes.',
      'Confirmați în 48 de ore pentru a începe să le primiți. Dacă nu ați fost dumneavoastră, ignorați acest mesaj: nu se va trimite nimic.',
    ],
    confirmButton: 'Confirmați abonarea',
    alreadySubject: 'Această adresă este deja abonată',
    alreadyLines: [
      'Cineva a cerut abonarea acestei adrese la noutățile Parteneriatului pentru Sănătate și Îngrijire Bedfordshire, Luton și Milton Keynes. Adresa este deja abonată.',
      'Pe pagina preferințelor puteți schimba ce primiți sau vă puteți dezabona.',
    ],
    alreadyButton: 'Schimbați preferințele',
    buttonFallback: 'Dacă butonul nu funcționează, copiați această adresă în browser:',
    footer: 'Primiți acest mesaj deoarece această adresă a fost abonată la noutățile Parteneriatului pentru Sănătate și Îngrijire Bedfordshire, Luton și Milton Keynes.',
    unsubscribe: 'Dezabonare',
    changeChoices: 'Schimbați ce primiți',
    readBrief: 'Citiți acest buletin pe site-ul nostru',
    readMoreAbout: (title) => `Aflați mai multe despre ${title}`,
    readMore: 'Aflați mai multe',
    preview: (title) => `${title}: cele mai noi vești de la BLMK Health and Care Partnership`,
    closingDate: (date) => `Data limită: ${date}`,
    digestSubject: (date) => `Săptămâna aceasta de la BLMK: ${date}`,
    digestIntro: 'Noutățile acestei săptămâni de la Parteneriatul pentru Sănătate și Îngrijire Bedfordshire, Luton și Milton Keynes, pe temele alese de dumneavoastră.',
    newVacancies: 'Locuri de muncă noi',
    upcomingEvents: 'Evenimente viitoare',
    allVacancies: 'Vedeți toate locurile de muncă',
    allEvents: 'Vedeți toate evenimentele',
  },
};

/** The mail words of a language; English for none or one the site does not have. */
export function mailWords(language: string | null | undefined): { language: Locale; words: MailWords } {
  const known = LOCALES.find((code) => code === language) ?? 'en';
  return { language: known, words: WORDS[known] };
}
