-- wrk script: POST one realistic screening request again and again.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":"bench-1","date":"2026-11-22","patient":{"birthDate":"1990-05-01","sex":"female","previousMesotherapy":false},'
  .. '"conditions":["type 2 diabetes"],"allergies":["lidocaine"],"medications":["ASA 81 mg","Coumadin"],'
  .. '"habits":{"smoker":true,"alcohol":false},'
  .. '"plan":{"indication":"hair-loss","areas":["scalp"],"substances":["biotin","dexpanthenol"],'
  .. '"anesthetic":"lidocaine","technique":"point-by-point","depthMm":2.0,"combinedWith":[]}}'
