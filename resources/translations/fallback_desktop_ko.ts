<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AttachmentList</name>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to send with the letter, such as receipts or photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>First reply, for you</source>
        <translation>예상 첫 답변</translation>
    </message>
    <message>
        <source>Usual first reply</source>
        <translation>보통 첫 답변</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>장점</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>주의할 점</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (추천)</translation>
    </message>
    <message>
        <source>Any hour</source>
        <translation>24시간 접수</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>상담 시간에만</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>지금 운영 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>운영 안 함</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 운영 시작</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
</context>
<context>
    <name>DraftFieldsForm</name>
    <message>
        <source>Who you are writing to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they can reach you (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To: the company&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or contract &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What went wrong, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have tried &amp;already (e.g. calls and their times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want them to &amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a reply &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftHandoff</name>
    <message>
        <source>Copied. Paste it (Ctrl+V) into your mail or the company&apos;s web form, and add the subject if the form asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot travel in a mail link: the mail program would open the letter without them. Save it as an .eml file instead; it opens in your mail program with the files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter is too long for a mail link: mail programs silently cut it short. Save it as an .eml file instead, or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program should now show the letter. Check it and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened on this computer. Copy the letter instead, or save it as an .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as an .eml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Open that file to send the letter from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened here. It is saved at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First write here what went wrong; the letter is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message>
        <source>Your draft could not be saved on this computer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lette&amp;r (you can change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the letter by hand, so it no longer follows the fields on the left. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate from the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy subject and letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .em&amp;l file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the subject and the letter on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new message in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a draft file with attachments that your mail program can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your settings could not be saved.</source>
        <translation>설정을 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>Fallback Desk %1

When a call to a customer center does not connect, it suggests the best other way to reach the company and helps you write the message.

Everything stays on this computer.</source>
        <translation>고객센터 대체 창구 도우미 (Fallback Desk) %1

고객센터 전화가 연결되지 않을 때, 회사에 연락할 수 있는 가장 좋은 다른 방법을 알려 드리고 보낼 글을 함께 써 드립니다.

모든 내용은 이 컴퓨터에만 저장됩니다.</translation>
    </message>
    <message>
        <source>About Fallback Desk</source>
        <translation>프로그램 정보</translation>
    </message>
    <message>
        <source>Fallback Desk: other ways to reach customer service</source>
        <translation>고객센터 대체 창구 도우미 (Fallback Desk)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fallback Desk</source>
        <translation>프로그램 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Compare all channels</source>
        <translation>모든 창구 비교</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>창구 비교표</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Best way to reach them now</source>
        <translation>지금 가장 좋은 연락 방법</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>알아보는 중…</translation>
    </message>
    <message>
        <source>Recommended channel: %1</source>
        <translation>추천 창구: %1</translation>
    </message>
    <message>
        <source>You can send it now. First reply: %1</source>
        <translation>지금 바로 보낼 수 있어요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Open now. First reply: %1</source>
        <translation>지금 운영 중이에요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Closed now. First reply: %1</source>
        <translation>지금은 운영하지 않아요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1. First reply: %2</source>
        <translation>지금은 운영하지 않아요. %1에 시작해요. 첫 답변: %2</translation>
    </message>
    <message>
        <source>Second choice: %1 — %2</source>
        <translation>다음으로 좋은 방법: %1 — %2</translation>
    </message>
    <message>
        <source>Second choice: %1</source>
        <translation>다음으로 좋은 방법: %1</translation>
    </message>
    <message>
        <source>☎ The phone line opens %1 (%2 from now).</source>
        <translation>☎ 전화 상담은 %1에 시작해요(%2 후).</translation>
    </message>
    <message>
        <source>☎ Now is one of the quieter times to call.</source>
        <translation>☎ 지금은 전화가 비교적 덜 붐비는 시간이에요.</translation>
    </message>
    <message>
        <source>☎ A quieter time to call: %1.</source>
        <translation>☎ 전화가 덜 붐비는 시간: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>There is a draft you were writing last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <source>Following the clock: this is the time now.</source>
        <translation>시계를 따라가는 중: 지금 시각이에요.</translation>
    </message>
    <message>
        <source>Planning ahead for the time you chose. Press “Back to now” to return.</source>
        <translation>고르신 시각을 기준으로 계획하고 있어요. 돌아가려면 “지금으로”를 누르세요.</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>지금 상황</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>얼마나 급한가요?(&amp;U)</translation>
    </message>
    <message>
        <source>W&amp;here are you?</source>
        <translation>지금 어디에 계세요?(&amp;H)</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>필요한 것</translation>
    </message>
    <message>
        <source>&amp;When (Korea time)</source>
        <translation>언제(&amp;W) (한국 시간)</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>지금 당장</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘 안에</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주 안에</translation>
    </message>
    <message>
        <source>No rush</source>
        <translation>급하지 않아요</translation>
    </message>
    <message>
        <source>At home, at a computer</source>
        <translation>집 (컴퓨터 사용 가능)</translation>
    </message>
    <message>
        <source>On the move, phone only</source>
        <translation>이동 중 (휴대폰만)</translation>
    </message>
    <message>
        <source>At work, can&apos;t talk on the phone</source>
        <translation>직장 (통화하기 어려움)</translation>
    </message>
    <message>
        <source>I need to send files or photos</source>
        <translation>파일이나 사진을 보내야 해요</translation>
    </message>
    <message>
        <source>I want a written record</source>
        <translation>글로 된 기록을 남기고 싶어요</translation>
    </message>
    <message>
        <source>Personal data is involved</source>
        <translation>개인정보가 관련돼 있어요</translation>
    </message>
    <message>
        <source>For example an ID number, card number, address or health details.</source>
        <translation>예: 주민등록번호, 카드 번호, 주소, 건강 정보</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>지금으로</translation>
    </message>
    <message>
        <source>When (Korea time)</source>
        <translation>언제 (한국 시간)</translation>
    </message>
</context>
</TS>
