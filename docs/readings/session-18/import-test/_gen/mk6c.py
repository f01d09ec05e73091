from email.message import EmailMessage
import os
B='/work/readings/import-test-s18/c06/'
os.makedirs(B+'mail',exist_ok=True)
m=EmailMessage()
m['From']='沅江县创卫办 <cwb@yuanjiang.example.gov>'; m['To']='县政府办 <zfb@yuanjiang.example.gov>'
m['Subject']='转发：县长讲话定稿及任务台账'; m['Date']='Tue, 08 Apr 2025 17:32:10 +0800'
m.set_content('县政府办：\n\n附件是县长在创卫复审推进会上的讲话定稿和重点任务台账，请查收。\n\n沅江县创卫办　李敏\n电话：0000-1234567\n')
m.add_attachment(open(B+'files/创卫推进会讲话（定稿）.docx','rb').read(),maintype='application',subtype='vnd.openxmlformats-officedocument.wordprocessingml.document',filename='创卫推进会讲话（定稿）.docx')
m.add_attachment(open(B+'files/创卫重点任务台账.xlsx','rb').read(),maintype='application',subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet',filename='创卫重点任务台账.xlsx')
open(B+'mail/转发：县长讲话定稿及任务台账.eml','wb').write(bytes(m))
open(B+'EXPECTED.md','a').write('''
## c06 variant c — 「mail/转发：县长讲话定稿及任务台账.eml」: an e-mail (UTF-8, base64 attachments) with a short cover note in the body,
a .docx speech attachment and an .xlsx ledger attachment.
Expected: **1 document** from the .docx attachment (「在全县2024年创建国家卫生县城工作推进会议上的讲话」); the cover note is not a document
(or at least not a speech); the .xlsx attachment skipped with a clear note naming it.
''')
