# Skills kiosk — English texts of the reference data shown on screen: the CEFR grid
# in plain words, ISCED levels, DigComp competences. Generated from db/reference/*.toml
# (plain_en); a test keeps them equal.
# Review: written by the development team; not yet reviewed by a native speaker.

## CEFR self-assessment grid, in plain words
cefr-listening-A1 = I understand simple words about me and my family when people speak slowly.
cefr-listening-A2 = I understand short, clear messages about shopping, work and where I live.
cefr-listening-B1 = I understand the main points when people speak clearly about work, school or free time.
cefr-listening-B2 = I understand longer talks, most TV news and most films in standard language.
cefr-listening-C1 = I understand long talks, TV programmes and films without much effort.
cefr-listening-C2 = I easily understand all spoken language, even when people speak fast.
cefr-reading-A1 = I understand names, words and very simple sentences, e.g. on signs and posters.
cefr-reading-A2 = I can read very short texts, e.g. menus, timetables, adverts and short letters.
cefr-reading-B1 = I understand everyday and work texts, and personal letters about events and feelings.
cefr-reading-B2 = I can read articles and reports in which writers give their opinion, and modern novels.
cefr-reading-C1 = I understand long, difficult texts and technical texts, also outside my own field.
cefr-reading-C2 = I easily read all kinds of texts, also manuals, specialist articles and literature.
cefr-spoken_interaction-A1 = I can ask and answer simple questions if the other person speaks slowly and helps me.
cefr-spoken_interaction-A2 = I can have very short conversations about familiar everyday things.
cefr-spoken_interaction-B1 = I can manage most everyday situations and talk about family, hobbies, work and travel.
cefr-spoken_interaction-B2 = I can talk fluently with native speakers and explain and defend my opinion.
cefr-spoken_interaction-C1 = I speak fluently and freely, in private life and at work, and rarely search for words.
cefr-spoken_interaction-C2 = I can take part in any conversation easily and express fine differences in meaning.
cefr-spoken_production-A1 = I can say in simple sentences where I live and describe people I know.
cefr-spoken_production-A2 = I can talk simply about my family, my home, my education and my work.
cefr-spoken_production-B1 = I can talk about experiences, plans and hopes and briefly explain my opinion.
cefr-spoken_production-B2 = I can speak clearly and in detail about many topics and explain pros and cons.
cefr-spoken_production-C1 = I can present difficult topics in detail, well ordered and with a good ending.
cefr-spoken_production-C2 = I can present any topic clearly and fluently, so that listeners remember the key points.
cefr-writing-A1 = I can write a short postcard and fill in my name and address on forms.
cefr-writing-A2 = I can write short notes and messages and a very simple personal letter.
cefr-writing-B1 = I can write simple texts on familiar topics and personal letters about my experiences.
cefr-writing-B2 = I can write clear, detailed texts, reports and letters, and give reasons for an opinion.
cefr-writing-C1 = I can write well-structured texts on difficult topics and choose the right style.
cefr-writing-C2 = I write complex letters, reports and summaries clearly, fluently and in a fitting style.

## ISCED 2011 levels
isced-0 = Early learning before primary school, e.g. kindergarten or day care (Kita).
isced-1 = The first years of school, e.g. primary school (in Germany: Grundschule, grades 1 to 4).
isced-2 = The middle school years, e.g. school up to about age 15 or 16 (in Germany: grades 5 to 9 or 10).
isced-3 = e.g. secondary school up to age 18 (Abitur), or a vocational school or apprenticeship.
isced-4 = Education after upper secondary school that is not yet higher education, e.g. an apprenticeship after the Abitur or evening school for adults.
isced-5 = Short, practical programmes after school, often about 2 years, e.g. a college diploma or associate degree (in Germany rare, e.g. Geprüfter Berufsspezialist).
isced-6 = e.g. a Bachelor's degree at a university, or in Germany also a Meister, Techniker or Fachwirt qualification.
isced-7 = e.g. a Master's degree, or a long university degree such as Diplom or Staatsexamen.
isced-8 = e.g. a doctorate (PhD), which includes your own research.

## DigComp 2.2 competences
digcomp-1-1 = I can search the internet, find information and filter the results.
digcomp-1-2 = I can check if information and sources on the internet are reliable.
digcomp-1-3 = I can save, organise and find again my files and information.
digcomp-2-1 = I can communicate with others by e-mail, messenger apps and video calls.
digcomp-2-2 = I can share files, information and content with others online.
digcomp-2-3 = I can use online public services and take part in society online.
digcomp-2-4 = I can work together with others using digital tools, e.g. shared documents.
digcomp-2-5 = I know how to behave politely and respectfully online.
digcomp-2-6 = I can manage my online profiles and protect my reputation online.
digcomp-3-1 = I can create digital content, e.g. texts, photos, videos or presentations.
digcomp-3-2 = I can change, improve and combine existing digital content.
digcomp-3-3 = I know the rules on copyright and licences when I use content.
digcomp-3-4 = I can give a computer step-by-step instructions, e.g. write a simple program.
digcomp-4-1 = I can protect my devices, e.g. with passwords, updates and antivirus.
digcomp-4-2 = I can protect my personal data and my privacy online.
digcomp-4-3 = I use technology in a healthy way and can protect myself from risks like cyberbullying.
digcomp-4-4 = I know how digital technology affects the environment, and I use it carefully.
digcomp-5-1 = I can find and solve simple technical problems with devices and apps.
digcomp-5-2 = I can choose the right digital tool or app for what I need.
digcomp-5-3 = I can use digital tools creatively to solve problems and make new things.
digcomp-5-4 = I know what I still need to learn about digital skills, and how to learn it.
